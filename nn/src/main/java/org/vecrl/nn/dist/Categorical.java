package org.vecrl.nn.dist;

import java.util.random.RandomGenerator;
import org.vecrl.core.math.ArgMax;
import org.vecrl.core.math.LogSumExp;
import org.vecrl.nn.NonFiniteException;

/**
 * A batch of categorical distributions over {@code n} actions given by unnormalised logits
 * [batch * n]. Log-probabilities use the stable form {@code logits - logsumexp(logits)}.
 */
public final class Categorical {

    private Categorical() {}

    /** out[b, j] = log softmax(logits[b, :])[j]. */
    public static void logSoftmax(float[] logits, int batch, int n, float[] out) {
        check(logits, batch, n);
        for (int r = 0; r < batch; r++) {
            int o = r * n;
            double lse = logSumExp(logits, o, n);
            for (int j = 0; j < n; j++) {
                out[o + j] = (float) (logits[o + j] - lse);
            }
        }
    }

    /** out[b, j] = softmax(logits[b, :])[j]. */
    public static void probs(float[] logits, int batch, int n, float[] out) {
        check(logits, batch, n);
        for (int r = 0; r < batch; r++) {
            int o = r * n;
            double lse = logSumExp(logits, o, n);
            for (int j = 0; j < n; j++) {
                out[o + j] = (float) Math.exp(logits[o + j] - lse);
            }
        }
    }

    /** Draws one action per row by inverting the CDF with one {@code rng.nextDouble()} per row. */
    public static void sample(float[] logits, int batch, int n, RandomGenerator rng, int[] actionsOut) {
        check(logits, batch, n);
        for (int r = 0; r < batch; r++) {
            int o = r * n;
            double max = max(logits, o, n);
            double total = 0;
            for (int j = 0; j < n; j++) {
                total += Math.exp(logits[o + j] - max);
            }
            double u = rng.nextDouble() * total;
            int action = n - 1;
            double cumulative = 0;
            for (int j = 0; j < n - 1; j++) {
                cumulative += Math.exp(logits[o + j] - max);
                if (u < cumulative) {
                    action = j;
                    break;
                }
            }
            actionsOut[r] = action;
        }
    }

    /** out[b] = log p(actions[b]) under row b. */
    public static void logProb(float[] logits, int batch, int n, int[] actions, float[] out) {
        check(logits, batch, n);
        for (int r = 0; r < batch; r++) {
            int o = r * n;
            out[r] = (float) (logits[o + checkAction(actions[r], n)] - logSumExp(logits, o, n));
        }
    }

    /** out[b] = -Σ p log p of row b, in nats. */
    public static void entropy(float[] logits, int batch, int n, float[] out) {
        check(logits, batch, n);
        for (int r = 0; r < batch; r++) {
            int o = r * n;
            out[r] = (float) rowEntropy(logits, o, n, logSumExp(logits, o, n));
        }
    }

    /** The most likely action of each row; ties go to the lowest index. */
    public static void argmax(float[] logits, int batch, int n, int[] actionsOut) {
        check(logits, batch, n);
        for (int r = 0; r < batch; r++) {
            actionsOut[r] = ArgMax.of(logits, r * n, n);
        }
    }

    /** Adds gradLogProb[b] · ∂ log p(actions[b]) / ∂ logits[b, j] = gradLogProb[b] (1[j = a] - p_j). */
    public static void logProbBackward(
            float[] logits, int batch, int n, int[] actions, float[] gradLogProb, float[] gradLogitsOut) {
        check(logits, batch, n);
        for (int r = 0; r < batch; r++) {
            int o = r * n;
            int a = checkAction(actions[r], n);
            double lse = logSumExp(logits, o, n);
            double g = gradLogProb[r];
            for (int j = 0; j < n; j++) {
                double p = Math.exp(logits[o + j] - lse);
                gradLogitsOut[o + j] += (float) (g * ((j == a ? 1 : 0) - p));
            }
        }
    }

    /** Adds gradEntropy[b] · ∂H / ∂ logits[b, j] = -gradEntropy[b] p_j (log p_j + H). */
    public static void entropyBackward(float[] logits, int batch, int n, float[] gradEntropy, float[] gradLogitsOut) {
        check(logits, batch, n);
        for (int r = 0; r < batch; r++) {
            int o = r * n;
            double lse = logSumExp(logits, o, n);
            double h = rowEntropy(logits, o, n, lse);
            double g = gradEntropy[r];
            for (int j = 0; j < n; j++) {
                double logP = logits[o + j] - lse;
                gradLogitsOut[o + j] += (float) (-g * Math.exp(logP) * (logP + h));
            }
        }
    }

    /** -Σ p log p of the row at {@code o}, given its logsumexp {@code lse}. */
    private static double rowEntropy(float[] logits, int o, int n, double lse) {
        double h = 0;
        for (int j = 0; j < n; j++) {
            double logP = logits[o + j] - lse;
            h -= Math.exp(logP) * logP;
        }
        return h;
    }

    private static double logSumExp(float[] x, int o, int n) {
        return LogSumExp.of(x, o, n, max(x, o, n));
    }

    private static double max(float[] x, int o, int n) {
        float max = LogSumExp.max(x, o, n);
        if (!Float.isFinite(max)) {
            throw new NonFiniteException("logits", max, "in the row starting at " + o + ": expected finite logits");
        }
        return max;
    }

    private static void check(float[] logits, int batch, int n) {
        if (batch <= 0 || n <= 0 || logits.length < batch * n) {
            throw new IllegalArgumentException("logits of length " + logits.length + " for batch=" + batch + ", n=" + n
                    + ": expected batch > 0, n > 0 and length >= batch * n");
        }
    }

    private static int checkAction(int action, int n) {
        if (action < 0 || action >= n) {
            throw new IllegalArgumentException("action " + action + " is not in Discrete(" + n + ")");
        }
        return action;
    }
}
