package org.vecrl.core.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.vecrl.core.io.FileErrors;
import org.vecrl.core.io.Json;

/** Reads the UTF-8 files of saved tokenizers with errors that name the file. */
final class TextFiles {
    private TextFiles() {}

    /** The text of {@code file}. */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (FileSystemException e) {
            throw new UncheckedIOException("cannot read " + FileErrors.describe(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The JSON object in {@code file}. */
    static Map<String, Object> readObject(Path file) {
        String text = read(file);
        try {
            return Json.readObject(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }
}
