package org.vecrl.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code --out} means in every command: a directory the command creates (if absent) and writes
 * its results into.
 */
final class OutDir {
    /** The start of every {@code --out} description. */
    static final String DESCRIPTION = "Directory to create (if absent) and write the results into";

    private OutDir() {}

    /** Fails if {@code out} exists but is not a directory. */
    static void requireDirectory(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException(
                    "--out " + out + " is a file: expected a directory to write the results into");
        }
    }

    /**
     * Fails if {@code out} already holds {@code resultFile}, the mark of an earlier result, with a message
     * naming the path and what to do; call it before writing anything.
     */
    static void requireFresh(Path out, String resultFile, String what) {
        requireDirectory(out);
        if (Files.exists(out.resolve(resultFile))) {
            throw new IllegalArgumentException(
                    out + " already holds " + what + " (" + resultFile + " exists): choose another --out or delete it");
        }
    }
}
