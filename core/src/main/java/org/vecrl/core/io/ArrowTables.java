package org.vecrl.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.arrow.vector.util.Text;

/**
 * Arrow IPC files as tables of plain Java values: {@link #write} (what {@link TableLog} flushes, and any
 * table written in one go) and {@link #read} (for tests, {@code vecrl plot}, resume and imports).
 */
public final class ArrowTables {
    private ArrowTables() {}

    /**
     * The column names in file order and every row of every batch.
     *
     * @param columns the schema's column names, also when there are no rows
     * @param rows    column name to value (Long, Double, String or null)
     */
    public record Table(List<String> columns, List<Map<String, Object>> rows) {}

    /** Every row of every batch, as column name to value (Long, Double, String or null). */
    public static List<Map<String, Object>> read(Path file) {
        return readTable(file).rows();
    }

    /** The schema's column names and every row of {@code file}; a file that is not Arrow IPC is an error naming it. */
    public static Table readTable(Path file) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (BufferAllocator allocator = new RootAllocator();
                ArrowFileReader reader =
                        new ArrowFileReader(Files.newByteChannel(file, StandardOpenOption.READ), allocator)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            List<String> columns =
                    root.getSchema().getFields().stream().map(Field::getName).toList();
            while (reader.loadNextBatch()) {
                for (int r = 0; r < root.getRowCount(); r++) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (FieldVector v : root.getFieldVectors()) {
                        Object value = v.getObject(r);
                        row.put(v.getName(), value instanceof Text t ? t.toString() : value);
                    }
                    rows.add(row);
                }
            }
            return new Table(columns, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Arrow file " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "cannot read Arrow file " + file + ": not an Arrow IPC file (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Writes {@code rows} (one value per column: a {@link Number} for LONG/DOUBLE, a String for STRING, or
     * null) as one batch of an Arrow IPC file, atomically.
     */
    public static void write(Path file, List<TableLog.Column> columns, List<Object[]> rows) {
        List<Field> fields = new ArrayList<>();
        for (TableLog.Column c : columns) {
            ArrowType type =
                    switch (c.type()) {
                        case LONG -> new ArrowType.Int(64, true);
                        case DOUBLE -> new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
                        case STRING -> ArrowType.Utf8.INSTANCE;
                    };
            fields.add(new Field(c.name(), FieldType.nullable(type), null));
        }
        try (BufferAllocator allocator = new RootAllocator();
                VectorSchemaRoot root = VectorSchemaRoot.create(new Schema(fields), allocator)) {
            int n = rows.size();
            for (int col = 0; col < columns.size(); col++) {
                fill(root.getVector(col), rows, col);
            }
            root.setRowCount(n);
            AtomicFiles.write(file, out -> {
                try (ArrowFileWriter writer = new ArrowFileWriter(root, null, Channels.newChannel(out))) {
                    writer.start();
                    writer.writeBatch();
                    writer.end();
                }
            });
        }
    }

    private static void fill(FieldVector vector, List<Object[]> rows, int col) {
        int n = rows.size();
        vector.setInitialCapacity(n);
        vector.allocateNew();
        for (int r = 0; r < n; r++) {
            Object v = rows.get(r)[col];
            if (v == null) {
                vector.setNull(r);
            } else if (vector instanceof BigIntVector b) {
                b.setSafe(r, ((Number) v).longValue());
            } else if (vector instanceof Float8Vector f) {
                f.setSafe(r, ((Number) v).doubleValue());
            } else if (vector instanceof VarCharVector s) {
                s.setSafe(r, ((String) v).getBytes(StandardCharsets.UTF_8));
            }
        }
        vector.setValueCount(n);
    }
}
