package org.vecrl.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of typed rows logged to an Arrow IPC file (readable by pyarrow, polars, DuckDB) and,
 * optionally, a CSV twin. Rows are kept in memory and both files are rewritten atomically on every
 * {@link #flush()}, so a reader (or a run that is killed) always finds complete, valid files.
 * A flush happens after every {@code flushEveryRows} rows, on the first append more than two seconds
 * after the last flush, and on close.
 * Thread-safe.
 */
public final class TableLog implements AutoCloseable {

    /** The column types: 64-bit integers, 64-bit floats (null as NaN-free missing value), UTF-8 strings. */
    public enum Type {
        LONG,
        DOUBLE,
        STRING
    }

    /** A named, typed column. */
    public record Column(String name, Type type) {
        public static Column ofLong(String name) {
            return new Column(name, Type.LONG);
        }

        public static Column ofDouble(String name) {
            return new Column(name, Type.DOUBLE);
        }

        public static Column ofString(String name) {
            return new Column(name, Type.STRING);
        }
    }

    private static final long FLUSH_INTERVAL_NANOS = 2_000_000_000L;

    private final Path arrowFile;
    private final Path csvFile;
    private final List<Column> columns;
    private final List<Object[]> rows = new ArrayList<>();
    private final int flushEveryRows;
    private int rowsAtLastFlush;
    private long lastFlushNanos = System.nanoTime();
    private boolean closed;

    /**
     * @param arrowFile      the Arrow IPC file
     * @param csvFile        the CSV twin, or null for none
     * @param columns        the schema
     * @param flushEveryRows rows between forced flushes (>= 1)
     */
    public TableLog(Path arrowFile, Path csvFile, List<Column> columns, int flushEveryRows) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table log needs at least one column");
        }
        if (flushEveryRows < 1) {
            throw new IllegalArgumentException("flushEveryRows=" + flushEveryRows + ": expected >= 1");
        }
        this.arrowFile = arrowFile;
        this.csvFile = csvFile;
        this.columns = List.copyOf(columns);
        this.flushEveryRows = flushEveryRows;
        flush();
    }

    /** The schema. */
    public List<Column> columns() {
        return columns;
    }

    /** Number of rows appended so far. */
    public synchronized int size() {
        return rows.size();
    }

    /**
     * Appends one row: one value per column, a {@link Number} for LONG/DOUBLE (null allowed) and a
     * {@link CharSequence} for STRING.
     */
    public synchronized void append(Object... values) {
        if (closed) {
            throw new IllegalStateException("table log " + arrowFile + " is closed");
        }
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("row of " + values.length + " values for " + arrowFile.getFileName()
                    + ": expected " + columns.size() + " ("
                    + columns.stream().map(Column::name).toList() + ")");
        }
        Object[] row = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            row[i] = checked(columns.get(i), values[i]);
        }
        rows.add(row);
        if (rows.size() - rowsAtLastFlush >= flushEveryRows
                || System.nanoTime() - lastFlushNanos > FLUSH_INTERVAL_NANOS) {
            flush();
        }
    }

    private static Object checked(Column c, Object v) {
        if (v == null) {
            return null;
        }
        boolean ok =
                switch (c.type()) {
                    case LONG, DOUBLE -> v instanceof Number;
                    case STRING -> v instanceof CharSequence;
                };
        if (!ok) {
            throw new IllegalArgumentException("value " + v + " ("
                    + v.getClass().getSimpleName() + ") for column '" + c.name() + "': expected " + c.type());
        }
        return c.type() == Type.STRING ? v.toString() : v;
    }

    /** Rewrites both files with every row so far. */
    public synchronized void flush() {
        ArrowTables.write(arrowFile, columns, rows);
        if (csvFile != null) {
            AtomicFiles.writeString(csvFile, csv());
        }
        rowsAtLastFlush = rows.size();
        lastFlushNanos = System.nanoTime();
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            flush();
            closed = true;
        }
    }

    private String csv() {
        StringBuilder sb =
                new StringBuilder(Csv.line(columns.stream().map(Column::name).toList()));
        for (Object[] row : rows) {
            sb.append(Csv.line(Arrays.asList(row)));
        }
        return sb.toString();
    }
}
