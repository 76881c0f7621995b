package org.vecrl.algorithms.lm;

import org.vecrl.core.text.ByteLevelBpe;
import org.vecrl.core.text.CharTokenizer;
import org.vecrl.core.text.Tokenizer;

/**
 * The {@code tokenizer} config value: {@code char} (one id per distinct character of the corpus, as
 * nanoGPT's shakespeare_char) or {@code bpe:N} (GPT-2's byte-level BPE trained on the corpus to N tokens,
 * N ≥ 256).
 *
 * @param bpeVocabSize the BPE vocabulary size, or 0 for {@code char}
 */
public record TokenizerSpec(int bpeVocabSize) {
    private static final int BYTES = 256;

    /** Parses {@code char} or {@code bpe:N}; anything else is an error naming the value. */
    public static TokenizerSpec parse(String spec) {
        String s = spec == null ? "" : spec.trim();
        if (s.equals("char")) {
            return new TokenizerSpec(0);
        }
        if (s.startsWith("bpe:")) {
            try {
                int n = Integer.parseInt(s.substring(4).trim());
                if (n >= BYTES) {
                    return new TokenizerSpec(n);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("tokenizer=" + spec + ": expected char or bpe:N with an integer N >= "
                + BYTES + " (the byte tokens), e.g. bpe:512");
    }

    /** A tokenizer built from {@code corpus}. */
    public Tokenizer build(String corpus) {
        return bpeVocabSize == 0 ? CharTokenizer.fromCorpus(corpus) : ByteLevelBpe.train(corpus, bpeVocabSize);
    }
}
