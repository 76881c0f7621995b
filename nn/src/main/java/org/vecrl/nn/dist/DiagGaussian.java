package org.vecrl.nn.dist;

import java.util.random.RandomGenerator;
import org.vecrl.nn.NonFiniteException;

/**
 * A batch of diagonal Gaussians with means [batch * dim] and a state-independent log standard
 * deviation [dim] shared by every row (a learned parameter, like CleanRL's {@code actor_logstd}).
 * Log-probabilities and entropies are summed over the action dimensions.
 */
public final class DiagGaussian {

    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

    private DiagGaussian() {}

    /** out[b] = Σ_d log N(actions[b, d]; mean[b, d], exp(logStd[d])²). */
    public static void logProb(float[] mean, float[] logStd, int batch, int dim, float[] actions, float[] out) {
        check(mean, logStd, batch, dim);
        for (int r = 0; r < batch; r++) {
            double sum = 0;
            for (int d = 0; d < dim; d++) {
                double z = (actions[r * dim + d] - mean[r * dim + d]) * Math.exp(-logStd[d]);
                sum += -0.5 * z * z - logStd[d] - HALF_LOG_2PI;
            }
            out[r] = (float) sum;
        }
    }

    /** The entropy Σ_d (½ + ½ log 2π + logStd[d]), the same for every row. */
    public static double entropy(float[] logStd) {
        double sum = 0;
        for (float s : logStd) {
            sum += 0.5 + HALF_LOG_2PI + s;
        }
        return sum;
    }

    /** actionsOut[b, d] = mean[b, d] + exp(logStd[d]) · N(0, 1). */
    public static void sample(
            float[] mean, float[] logStd, int batch, int dim, RandomGenerator rng, float[] actionsOut) {
        check(mean, logStd, batch, dim);
        for (int r = 0; r < batch; r++) {
            for (int d = 0; d < dim; d++) {
                float a = (float) (mean[r * dim + d] + Math.exp(logStd[d]) * rng.nextGaussian());
                if (!Float.isFinite(a)) {
                    throw new NonFiniteException(
                            "action",
                            a,
                            "sampled in row " + r + " from mean " + mean[r * dim + d] + " and log-std " + logStd[d]
                                    + ": expected finite policy outputs");
                }
                actionsOut[r * dim + d] = a;
            }
        }
    }

    /**
     * Adds gradLogProb[b] times ∂ log p / ∂ mean[b, d] = (a - μ) / σ² into gradMeanOut and, summed over
     * rows, times ∂ log p / ∂ logStd[d] = (a - μ)² / σ² - 1 into gradLogStdOut.
     */
    public static void logProbBackward(
            float[] mean,
            float[] logStd,
            int batch,
            int dim,
            float[] actions,
            float[] gradLogProb,
            float[] gradMeanOut,
            float[] gradLogStdOut) {
        check(mean, logStd, batch, dim);
        for (int r = 0; r < batch; r++) {
            double g = gradLogProb[r];
            for (int d = 0; d < dim; d++) {
                double invVar = Math.exp(-2.0 * logStd[d]);
                double diff = actions[r * dim + d] - mean[r * dim + d];
                gradMeanOut[r * dim + d] += (float) (g * diff * invVar);
                gradLogStdOut[d] += (float) (g * (diff * diff * invVar - 1));
            }
        }
    }

    /** Adds gradEntropy · ∂H / ∂ logStd[d] = gradEntropy into gradLogStdOut. */
    public static void entropyBackward(float[] logStd, double gradEntropy, float[] gradLogStdOut) {
        for (int d = 0; d < logStd.length; d++) {
            gradLogStdOut[d] += (float) gradEntropy;
        }
    }

    private static void check(float[] mean, float[] logStd, int batch, int dim) {
        if (batch <= 0 || dim <= 0 || logStd.length != dim || mean.length < batch * dim) {
            throw new IllegalArgumentException("mean of length " + mean.length + " and logStd of length "
                    + logStd.length + " for batch=" + batch + ", dim=" + dim
                    + ": expected logStd length dim and mean length >= batch * dim");
        }
    }
}
