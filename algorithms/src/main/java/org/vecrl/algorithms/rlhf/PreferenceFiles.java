package org.vecrl.algorithms.rlhf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vecrl.core.io.AtomicFiles;
import org.vecrl.core.io.Json;

/**
 * Preference pairs as JSON Lines, one object per line with {@code prompt}, {@code chosen}, {@code rejected}
 * and {@code source} (who labelled it), the format {@code vecrl rlhf pairs} writes and {@code vecrl rlhf
 * reward-model} reads; human-labelled pairs in the same format import as they are.
 */
public final class PreferenceFiles {
    private PreferenceFiles() {}

    /** Writes {@code pairs} atomically, each with {@code prompt} and {@code source}. */
    public static void write(Path file, List<Preference> pairs, String prompt, String source) {
        StringBuilder sb = new StringBuilder();
        for (Preference p : pairs) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("prompt", prompt);
            row.put("chosen", p.chosen());
            row.put("rejected", p.rejected());
            row.put("source", source);
            sb.append(Json.writeCompact(row)).append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    /**
     * Reads the pairs of {@code file}; a line that is not an object with non-empty {@code chosen} and
     * {@code rejected} texts is an error naming the file and the line.
     */
    public static List<Preference> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pairs " + file + ": " + e.getMessage(), e);
        }
        List<Preference> pairs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                Map<String, Object> row = Json.readObject(lines.get(i));
                pairs.add(new Preference((String) row.get("chosen"), (String) row.get("rejected")));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        file + " line " + (i + 1) + ": expected {\"chosen\": text, \"rejected\": text, ...}: "
                                + e.getMessage(),
                        e);
            }
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no preference pairs");
        }
        return pairs;
    }
}
