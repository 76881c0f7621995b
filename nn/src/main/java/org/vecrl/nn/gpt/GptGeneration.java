package org.vecrl.nn.gpt;

import java.util.Arrays;

/**
 * The result of {@link GptModel#generateWithLogits}: each prompt followed by its new tokens, and the logits
 * every new token was sampled from.
 *
 * @param tokens per sequence b, prompt b followed by {@code newTokens} generated tokens
 * @param logits [batch, newTokens, vocab] row-major: row (b, i) holds the logits (before temperature,
 *     top-k and top-p) from which the i-th new token of sequence b was drawn
 * @param newTokens the number of tokens generated per sequence
 * @param vocab the vocabulary size
 */
public record GptGeneration(int[][] tokens, float[] logits, int newTokens, int vocab) {

    /** The number of sequences. */
    public int batch() {
        return tokens.length;
    }

    /** The generated tokens of sequence {@code b}, without its prompt. */
    public int[] generated(int b) {
        int[] seq = tokens[b];
        return Arrays.copyOfRange(seq, seq.length - newTokens, seq.length);
    }
}
