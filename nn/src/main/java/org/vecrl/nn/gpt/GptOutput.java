package org.vecrl.nn.gpt;

import org.vecrl.core.math.LogSumExp;

/**
 * The result of {@link GptModel#forward}: logits [batch, seqLen, vocab] and the final hidden state after
 * ln_f [batch, seqLen, width], row-major.
 */
public record GptOutput(float[] logits, float[] hidden, int batch, int seqLen, int vocab, int width) {

    /**
     * The mean over all positions of -log softmax(logits)[target], the language-model loss for
     * {@code targets} [batch, seqLen] (the next token of each position).
     */
    public double meanCrossEntropy(int[] targets) {
        int rows = batch * seqLen;
        if (targets.length != rows) {
            throw new IllegalArgumentException(
                    "targets must have batch * seqLen = " + rows + " elements, got " + targets.length);
        }
        double total = 0;
        for (int r = 0; r < rows; r++) {
            int o = r * vocab;
            if (targets[r] < 0 || targets[r] >= vocab) {
                throw new IllegalArgumentException(
                        "target " + targets[r] + " at index " + r + " is outside [0, " + vocab + ")");
            }
            total += LogSumExp.of(logits, o, vocab) - logits[o + targets[r]];
        }
        return total / rows;
    }
}
