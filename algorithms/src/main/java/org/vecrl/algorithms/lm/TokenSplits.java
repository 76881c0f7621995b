package org.vecrl.algorithms.lm;

import java.util.Arrays;

/**
 * A tokenized corpus split as nanoGPT's {@code prepare.py}: train = the first {@code (int)(n·0.9)}
 * tokens, val = the rest.
 *
 * @param train the training tokens
 * @param val   the validation tokens
 */
public record TokenSplits(int[] train, int[] val) {

    /**
     * The splits of {@code tokens} (of the corpus {@code source}); fails when either holds fewer than
     * {@code blockSize + 1} tokens, naming both sizes.
     */
    public static TokenSplits of(int[] tokens, int blockSize, String source) {
        int cut = (int) (tokens.length * 0.9);
        TokenSplits s =
                new TokenSplits(Arrays.copyOfRange(tokens, 0, cut), Arrays.copyOfRange(tokens, cut, tokens.length));
        String sizes = " of " + source + " (" + tokens.length + " tokens in all: train " + s.train.length + ", val "
                + s.val.length + ")";
        Windows.require(s.train, blockSize, "the train split" + sizes);
        Windows.require(s.val, blockSize, "the val split" + sizes);
        return s;
    }
}
