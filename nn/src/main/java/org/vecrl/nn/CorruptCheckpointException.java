package org.vecrl.nn;

import java.nio.file.Path;

/**
 * A checkpoint file that cannot be read back as written: foreign, truncated, damaged (checksum
 * mismatch) or of an unknown format version. The message names the file and what is wrong.
 */
public final class CorruptCheckpointException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** {@code file} followed by {@code what}, e.g. "is a truncated VecRL checkpoint". */
    public CorruptCheckpointException(Path file, String what, Throwable cause) {
        super(file + " " + what, cause);
        this.file = file;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }
}
