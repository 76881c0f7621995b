package org.vecrl.algorithms.rlhf;

import org.vecrl.core.math.LogSumExp;

/**
 * Stable log-softmax over rows of logits, and the log-probabilities of the tokens a sequence actually
 * took (the curriculum's {@code get_logprobs}).
 */
public final class LogSoftmax {
    private LogSoftmax() {}

    /** log softmax(x[o .. o+n)) into out[oo .. oo+n), computed around the row's maximum. */
    public static void row(float[] x, int o, int n, double[] out, int oo) {
        double lse = LogSumExp.of(x, o, n);
        for (int v = 0; v < n; v++) {
            out[oo + v] = x[o + v] - lse;
        }
    }

    /**
     * lp[b, j] = log softmax(logits[b, prefixLen - 1 + j])[tokens[b, prefixLen + j]] for j in [0, seqLen -
     * prefixLen): the log-probability of each token after the prompt under the logits of the position
     * before it; logits [batch, seqLen, vocab], tokens [batch, seqLen], prefixLen in [1, seqLen).
     */
    public static double[] tokenLogProbs(
            float[] logits, int[] tokens, int batch, int seqLen, int vocab, int prefixLen) {
        if (prefixLen < 1 || prefixLen >= seqLen) {
            throw new IllegalArgumentException("prefixLen must be in [1, " + seqLen + "), got " + prefixLen);
        }
        if (logits.length != batch * seqLen * vocab || tokens.length != batch * seqLen) {
            throw new IllegalArgumentException("logits must be [" + batch + ", " + seqLen + ", " + vocab
                    + "] and tokens [" + batch + ", " + seqLen + "], got " + logits.length + " and " + tokens.length
                    + " values");
        }
        int g = seqLen - prefixLen;
        double[] lp = new double[batch * g];
        double[] row = new double[vocab];
        for (int b = 0; b < batch; b++) {
            for (int j = 0; j < g; j++) {
                int pos = b * seqLen + prefixLen - 1 + j;
                row(logits, pos * vocab, vocab, row, 0);
                lp[b * g + j] = row[tokens[pos + 1]];
            }
        }
        return lp;
    }
}
