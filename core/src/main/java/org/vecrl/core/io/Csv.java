package org.vecrl.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 has it: comma-separated fields, records ending in CRLF or LF, a field that holds a comma, a
 * quote or a line break enclosed in double quotes with its quotes doubled. {@link #line} writes one record;
 * {@link #read} parses a file with a header row, strictly: an unterminated quote, text after a closing quote,
 * a quote inside an unquoted field or a record whose field count differs from the header's is an error naming
 * the file and the line.
 */
public final class Csv {
    private Csv() {}

    /**
     * One parsed record.
     *
     * @param line   the 1-based line the record starts on (a quoted line break makes records span lines)
     * @param fields its fields, as many as the header has
     */
    public record Row(int line, List<String> fields) {}

    /**
     * A parsed file.
     *
     * @param header the first record's fields (the column names)
     * @param rows   the records after it, blank lines left out
     */
    public record Table(List<String> header, List<Row> rows) {}

    /** One record with its line break: each field quoted where it must be, null written as an empty field. */
    public static String line(List<?> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            Object v = fields.get(i);
            sb.append(i == 0 ? "" : ",").append(v == null ? "" : field(v.toString()));
        }
        return sb.append('\n').toString();
    }

    /** {@code s} as a CSV field: as it is, or in double quotes (quotes doubled) when it holds , " CR or LF. */
    public static String field(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** Reads and parses the UTF-8 {@code file} (a leading byte-order mark is skipped); see the class comment. */
    public static Table read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<Row> records = new Parser(file, text.startsWith("\uFEFF") ? text.substring(1) : text).records();
        if (records.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty, expected a header row");
        }
        List<String> header = records.get(0).fields();
        for (Row r : records) {
            if (r.fields().size() != header.size()) {
                throw new IllegalArgumentException(file + " line " + r.line() + ": "
                        + r.fields().size() + " fields, expected " + header.size() + " as in the header " + header);
            }
        }
        return new Table(header, records.subList(1, records.size()));
    }

    /** A one-pass parser over the text of one file. */
    private static final class Parser {
        private final Path file;
        private final String text;
        private int pos;
        private int line = 1;

        Parser(Path file, String text) {
            this.file = file;
            this.text = text;
        }

        List<Row> records() {
            List<Row> rows = new ArrayList<>();
            while (pos < text.length()) {
                int start = line;
                if (atLineBreak()) {
                    skipLineBreak();
                    continue;
                }
                List<String> fields = new ArrayList<>();
                while (true) {
                    fields.add(field());
                    if (pos < text.length() && text.charAt(pos) == ',') {
                        pos++;
                        continue;
                    }
                    skipLineBreak();
                    break;
                }
                rows.add(new Row(start, List.copyOf(fields)));
            }
            return rows;
        }

        private String field() {
            if (pos < text.length() && text.charAt(pos) == '"') {
                return quoted();
            }
            int from = pos;
            while (pos < text.length() && text.charAt(pos) != ',' && !atLineBreak()) {
                if (text.charAt(pos) == '"') {
                    throw error(line, "a quote inside an unquoted field (enclose the field in quotes and double it)");
                }
                pos++;
            }
            return text.substring(from, pos);
        }

        private String quoted() {
            int opened = line;
            StringBuilder sb = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= text.length()) {
                    throw error(opened, "unterminated quoted field (no closing quote before the end of the file)");
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        sb.append('"');
                        pos++;
                        continue;
                    }
                    if (pos < text.length() && text.charAt(pos) != ',' && !atLineBreak()) {
                        throw error(line, "'" + text.charAt(pos) + "' after a closing quote, expected , or a line end");
                    }
                    return sb.toString();
                }
                if (c == '\n') {
                    line++;
                }
                sb.append(c);
            }
        }

        private boolean atLineBreak() {
            return pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r');
        }

        /** Skips one CRLF, LF or CR (nothing at the end of the text). */
        private void skipLineBreak() {
            if (pos < text.length() && text.charAt(pos) == '\r') {
                pos++;
            }
            if (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
            line++;
        }

        private IllegalArgumentException error(int at, String what) {
            return new IllegalArgumentException(file + " line " + at + ": malformed CSV: " + what);
        }
    }
}
