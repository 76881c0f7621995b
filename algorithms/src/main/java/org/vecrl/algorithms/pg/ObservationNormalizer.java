package org.vecrl.algorithms.pg;

import org.vecrl.core.wrappers.RunningMeanStd;

/**
 * Gymnasium's NormalizeObservation followed by CleanRL's clip to [−10, 10]:
 * {@code clip((x − mean) / sqrt(var + 1e-8), ±10)} with running statistics that are updated by
 * every rollout batch and frozen for evaluation.
 */
final class ObservationNormalizer {
    private static final double CLIP = 10;

    private final RunningMeanStd stats;
    private final int dim;

    ObservationNormalizer(int dim) {
        this.dim = dim;
        this.stats = new RunningMeanStd(dim);
    }

    /** Updates the statistics with {@code rows} observations, then normalises them into {@code out}. */
    void updateAndNormalize(float[] obs, int rows, float[] out) {
        stats.update(obs, rows);
        normalize(obs, rows, out);
    }

    /** Normalises with the current statistics. */
    void normalize(float[] obs, int rows, float[] out) {
        for (int d = 0; d < dim; d++) {
            double m = stats.mean(d);
            double s = 1.0 / Math.sqrt(stats.var(d) + 1e-8);
            for (int r = 0; r < rows; r++) {
                int i = r * dim + d;
                out[i] = (float) Math.max(-CLIP, Math.min(CLIP, (obs[i] - m) * s));
            }
        }
    }

    RunningMeanStd stats() {
        return stats;
    }
}
