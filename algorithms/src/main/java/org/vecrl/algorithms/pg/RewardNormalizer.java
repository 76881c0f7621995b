package org.vecrl.algorithms.pg;

import org.vecrl.core.wrappers.RunningMeanStd;

/**
 * Gymnasium's NormalizeReward followed by CleanRL's clip to [−10, 10]: each env keeps a discounted
 * return {@code G ← γ·G·(1 − terminated) + r}; rewards are divided by {@code sqrt(var(G) + 1e-8)} of the
 * running variance of those returns.
 */
final class RewardNormalizer {
    private static final double CLIP = 10;

    private final double gamma;
    private final RunningMeanStd stats = new RunningMeanStd(1);
    private final float[] returns;

    RewardNormalizer(int numEnvs, double gamma) {
        this.gamma = gamma;
        this.returns = new float[numEnvs];
    }

    /** Scales one step's rewards of N envs into {@code out}, given that step's terminated flags. */
    void normalize(float[] rewards, boolean[] terminated, float[] out) {
        int n = returns.length;
        for (int i = 0; i < n; i++) {
            returns[i] = (float) (returns[i] * gamma * (terminated[i] ? 0 : 1) + rewards[i]);
        }
        stats.update(returns, n);
        double s = 1.0 / Math.sqrt(stats.var(0) + 1e-8);
        for (int i = 0; i < n; i++) {
            out[i] = (float) Math.max(-CLIP, Math.min(CLIP, rewards[i] * s));
        }
    }

    RunningMeanStd stats() {
        return stats;
    }

    /** The running discounted returns per env (a copy, for checkpoints). */
    float[] returns() {
        return returns.clone();
    }

    /** Restores {@link #returns()}. */
    void restoreReturns(float[] saved) {
        if (saved.length != returns.length) {
            throw new IllegalArgumentException("reward normaliser returns of length " + saved.length + ": expected "
                    + returns.length);
        }
        System.arraycopy(saved, 0, returns, 0, returns.length);
    }
}
