package org.vecrl.core.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Readable file errors: {@link FileSystemException}s carry the path in their message but often not the
 * reason ({@code new NoSuchFileException("x").getMessage()} is just {@code x}); this says "PATH: reason".
 */
public final class FileErrors {
    private FileErrors() {}

    /** Why the operation failed, e.g. "no such file or directory", "permission denied", "not a directory". */
    public static String reason(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }

    /** "PATH: reason" (or "PATH -> OTHER: reason" for a two-path operation such as a move). */
    public static String describe(FileSystemException e) {
        String where = e.getFile() == null ? "" : e.getFile();
        if (e.getOtherFile() != null) {
            where += " -> " + e.getOtherFile();
        }
        return where.isEmpty() ? reason(e) : where + ": " + reason(e);
    }
}
