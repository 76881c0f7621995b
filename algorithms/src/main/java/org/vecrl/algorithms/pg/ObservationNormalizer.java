package org.vecrl.algorithms.pg;

import org.vecrl.core.wrappers.RunningMeanStd;

/**
 * Gymnasium's NormalizeObservation followed by CleanRL's clip to [−10, 10]:
 * {@code clip((x − mean) / sqrt(var + 1e-8), ±10)} with running statistics that are updated by
 * every rollout batch and frozen for evaluation.
 *
 * <p>Final observations: Gymnasium's vector {@code NormalizeObservation} only accepts NEXT_STEP
 * autoreset, where an episode's final observation is returned by the step that ends it, so it
 * updates the statistics with every final observation (terminated or truncated) and then the reset
 * observation; CleanRL's per-env wrapper does the same. VecRL's learner runs SAME_STEP and so
 * feeds the final observations of the episodes that ended on a step to {@link #update} right after
 * that step, then normalises the truncated ones for bootstrapping with those current statistics,
 * the same statistics as the next rollout step. (SB3's VecNormalize differs: it normalises terminal
 * observations but keeps them out of the statistics.)
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
        update(obs, rows);
        normalize(obs, rows, out);
    }

    /** Updates the statistics with {@code rows} observations. */
    void update(float[] obs, int rows) {
        stats.update(obs, rows);
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
