package org.vecrl.algorithms.lm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vecrl.core.io.FileErrors;

/** Reads a training corpus: a UTF-8 text file, with errors that name the file (and the byte offset of a bad byte). */
public final class Corpus {
    private Corpus() {}

    /**
     * The text of {@code file}; an empty file, a missing one or one that is not valid UTF-8 is an error naming
     * the file (and, for bad UTF-8, the offset of the first malformed byte).
     */
    public static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (FileSystemException e) {
            throw new IllegalArgumentException("cannot read the corpus " + FileErrors.describe(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new IllegalArgumentException("corpus " + file + " is empty: expected UTF-8 text to train on");
        }
        return decode(bytes, file.toString());
    }

    /** The UTF-8 text of {@code bytes}; a malformed byte is an error naming {@code source} and its offset. */
    static String decode(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never has fewer bytes than UTF-16 chars
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new IllegalArgumentException("corpus " + source + " is not valid UTF-8: malformed byte 0x"
                    + String.format("%02x", bytes[in.position()] & 0xff) + " at byte offset " + in.position()
                    + " (expected UTF-8 text; convert it, e.g. with iconv)");
        }
        return out.flip().toString();
    }
}
