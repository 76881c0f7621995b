package org.vecrl.core.text;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns text into token ids and back. Implementations: {@link CharTokenizer} (one id per character, as
 * nanoGPT's shakespeare_char) and {@link ByteLevelBpe} (GPT-2's byte-level BPE).
 */
public interface Tokenizer {
    /** The ids of {@code text}, each in {@code [0, vocabSize())}. */
    int[] encode(String text);

    /** The text of {@code ids}; {@code decode(encode(text))} gives {@code text} back. */
    String decode(int[] ids);

    /** The number of distinct ids. */
    int vocabSize();

    /** Writes the tokenizer's files into {@code dir} (created if missing); {@link #load} reads them back. */
    void save(Path dir);

    /**
     * Reads a tokenizer saved by {@link #save}: a {@link ByteLevelBpe} where {@code dir} holds
     * {@value ByteLevelBpe#MERGES_FILE}, a {@link CharTokenizer} where it holds {@value CharTokenizer#FILE}.
     */
    static Tokenizer load(Path dir) {
        if (Files.exists(dir.resolve(ByteLevelBpe.MERGES_FILE))) {
            return ByteLevelBpe.load(dir);
        }
        if (Files.exists(dir.resolve(CharTokenizer.FILE))) {
            return CharTokenizer.load(dir);
        }
        throw new IllegalArgumentException("no tokenizer in " + dir + ": expected " + ByteLevelBpe.MERGES_FILE
                + " and " + ByteLevelBpe.VOCAB_FILE + " (byte-level BPE) or " + CharTokenizer.FILE
                + " (characters)");
    }
}
