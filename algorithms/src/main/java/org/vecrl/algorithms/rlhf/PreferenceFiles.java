package org.vecrl.algorithms.rlhf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vecrl.core.io.ArrowTables;
import org.vecrl.core.io.AtomicFiles;
import org.vecrl.core.io.Csv;
import org.vecrl.core.io.Json;
import org.vecrl.core.io.TableLog;

/**
 * Pairs files: preference pairs with columns {@code prompt, chosen, rejected, source}, as Arrow IPC (what
 * {@code vecrl rlhf pairs} writes by default), CSV or JSON Lines, chosen by the extension
 * ({@link PreferenceFormat}). Human-labelled pairs import from any of them; {@code chosen} and
 * {@code rejected} are required, {@code prompt} and {@code source} optional, other columns ignored.
 */
public final class PreferenceFiles {
    /** The columns, in the order they are written. */
    public static final List<String> COLUMNS = List.of("prompt", "chosen", "rejected", "source");

    private static final List<String> REQUIRED = List.of("chosen", "rejected");

    private PreferenceFiles() {}

    /** Writes {@code pairs} atomically in the format of {@code file}'s extension; no pairs is an error. */
    public static void write(Path file, List<StoredPreference> pairs) {
        PreferenceFormat format = PreferenceFormat.of(file);
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("no preference pairs to write to " + file);
        }
        List<Object[]> rows = pairs.stream()
                .map(p -> new Object[] {p.prompt(), p.pair().chosen(), p.pair().rejected(), p.source()})
                .toList();
        switch (format) {
            case ARROW -> ArrowTables.write(
                    file, COLUMNS.stream().map(TableLog.Column::ofString).toList(), rows);
            case CSV -> {
                StringBuilder sb = new StringBuilder(Csv.line(COLUMNS));
                rows.forEach(r -> sb.append(Csv.line(List.of(r))));
                AtomicFiles.writeString(file, sb.toString());
            }
            case JSONL -> {
                StringBuilder sb = new StringBuilder();
                for (Object[] r : rows) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 0; i < COLUMNS.size(); i++) {
                        row.put(COLUMNS.get(i), r[i]);
                    }
                    sb.append(Json.writeCompact(row)).append('\n');
                }
                AtomicFiles.writeString(file, sb.toString());
            }
        }
    }

    /**
     * Reads the pairs of {@code file} in the format of its extension. A missing {@code chosen} or
     * {@code rejected} column, an empty text, a value that is not text or a malformed row is an error naming
     * the file and the line (CSV, JSON Lines) or row (Arrow); so is a file without pairs.
     */
    public static List<StoredPreference> read(Path file) {
        List<StoredPreference> pairs =
                switch (PreferenceFormat.of(file)) {
                    case ARROW -> readArrow(file);
                    case CSV -> readCsv(file);
                    case JSONL -> readJsonl(file);
                };
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no preference pairs");
        }
        return pairs;
    }

    private static List<StoredPreference> readArrow(Path file) {
        ArrowTables.Table table = ArrowTables.readTable(file);
        requireColumns(file, "", table.columns());
        List<StoredPreference> pairs = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            pairs.add(pair(file, " row " + (r + 1), table.rows().get(r)));
        }
        return pairs;
    }

    private static List<StoredPreference> readCsv(Path file) {
        Csv.Table table = Csv.read(file);
        requireColumns(file, "", table.header());
        List<StoredPreference> pairs = new ArrayList<>();
        for (Csv.Row r : table.rows()) {
            Map<String, Object> row = new HashMap<>();
            for (int i = 0; i < table.header().size(); i++) {
                row.put(table.header().get(i), r.fields().get(i));
            }
            pairs.add(pair(file, " line " + r.line(), row));
        }
        return pairs;
    }

    private static List<StoredPreference> readJsonl(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pairs " + file + ": " + e.getMessage(), e);
        }
        List<StoredPreference> pairs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = " line " + (i + 1);
            Map<String, Object> row;
            try {
                row = Json.readObject(lines.get(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + where + ": " + e.getMessage(), e);
            }
            if (row == null) {
                throw new IllegalArgumentException(file + where + ": null, expected a JSON object");
            }
            requireColumns(file, where, row.keySet());
            pairs.add(pair(file, where, row));
        }
        return pairs;
    }

    private static void requireColumns(Path file, String where, Collection<String> present) {
        for (String column : REQUIRED) {
            if (!present.contains(column)) {
                throw new IllegalArgumentException(file + where + ": no column '" + column + "' (found " + present
                        + "), expected chosen and rejected, optionally prompt and source");
            }
        }
    }

    private static StoredPreference pair(Path file, String where, Map<String, Object> row) {
        try {
            return new StoredPreference(
                    text(row, "prompt"),
                    new Preference(text(row, "chosen"), text(row, "rejected")),
                    text(row, "source"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + where + ": " + e.getMessage(), e);
        }
    }

    private static String text(Map<String, Object> row, String column) {
        Object v = row.get(column);
        if (v != null && !(v instanceof String)) {
            throw new IllegalArgumentException(
                    "column '" + column + "' holds " + v + " (" + v.getClass().getSimpleName() + "), expected text");
        }
        return (String) v;
    }
}
