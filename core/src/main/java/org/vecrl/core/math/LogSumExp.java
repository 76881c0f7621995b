package org.vecrl.core.math;

/**
 * {@code log Σ exp(x)} over a row of a float array, computed stably around the row's maximum (in double):
 * the shared step of log-softmax, softmax cross-entropy and categorical log-probabilities.
 */
public final class LogSumExp {
    private LogSumExp() {}

    /** log Σ exp(x[o .. o+n)), n ≥ 1. */
    public static double of(float[] x, int o, int n) {
        return of(x, o, n, max(x, o, n));
    }

    /** log Σ exp(x[o .. o+n)) around {@code max}, the row's maximum (computed by the caller, e.g. to check it). */
    public static double of(float[] x, int o, int n, double max) {
        double sum = 0;
        for (int v = 0; v < n; v++) {
            sum += Math.exp(x[o + v] - max);
        }
        return max + Math.log(sum);
    }

    /** The maximum of x[o .. o+n), n ≥ 1 (NaN if any element is NaN). */
    public static float max(float[] x, int o, int n) {
        float max = x[o];
        for (int v = 1; v < n; v++) {
            max = Math.max(max, x[o + v]);
        }
        return max;
    }
}
