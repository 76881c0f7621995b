package org.vecrl.algorithms.rlhf;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The formats of a pairs file, chosen by the file's extension. */
public enum PreferenceFormat {
    /** Arrow IPC with string columns {@code prompt, chosen, rejected, source}: what {@code rlhf pairs} writes. */
    ARROW(".arrow"),
    /** CSV with a header row (RFC 4180 quoting), at least {@code chosen, rejected}. */
    CSV(".csv"),
    /** JSON Lines: one object per line with at least {@code chosen} and {@code rejected}. */
    JSONL(".jsonl", ".json");

    private final List<String> extensions;

    PreferenceFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The format of {@code file} by its extension (any case); another is an error listing the accepted ones. */
    public static PreferenceFormat of(Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (PreferenceFormat f : values()) {
            if (f.extensions.stream().anyMatch(name::endsWith)) {
                return f;
            }
        }
        throw new IllegalArgumentException("pairs file " + file + ": unknown extension, expected one of "
                + String.join(
                        ", ",
                        Arrays.stream(values())
                                .flatMap(f -> f.extensions.stream())
                                .toList()));
    }
}
