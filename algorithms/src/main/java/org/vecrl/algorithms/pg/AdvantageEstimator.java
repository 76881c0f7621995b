package org.vecrl.algorithms.pg;

import org.vecrl.core.buffer.Gae;
import org.vecrl.core.buffer.RolloutBuffer;

/** Fills a full rollout buffer's advantages and returns (critic targets). */
sealed interface AdvantageEstimator {

    /** {@code nextValues[N]} = V(observation after the rollout). */
    void estimate(RolloutBuffer buffer, float[] nextValues);

    /** GAE(γ, λ) bootstrapped from the critic (PPO, A2C). */
    record GaeEstimator(Gae gae) implements AdvantageEstimator {
        @Override
        public void estimate(RolloutBuffer buffer, float[] nextValues) {
            buffer.computeAdvantages(nextValues, gae);
        }
    }

    /** What REINFORCE subtracts from the return. */
    enum Baseline {
        NONE,
        MEAN,
        CRITIC
    }

    /**
     * REINFORCE: returns = reward-to-go G (optionally z-scored over the rollout with the unbiased
     * std and eps 1e-8); advantages = G − baseline, the baseline being 0, mean(G) or the critic's V.
     * With the critic, a time-limit-truncated episode's G bootstraps from V(true final observation)
     * (the buffer's final values, 0 for terminated steps); without one it ends at the truncation.
     */
    final class RewardToGoEstimator implements AdvantageEstimator {
        private final double gamma;
        private final Baseline baseline;
        private final boolean normalizeReturns;
        private final boolean[] done;

        RewardToGoEstimator(double gamma, Baseline baseline, boolean normalizeReturns, int batchSize) {
            this.gamma = gamma;
            this.baseline = baseline;
            this.normalizeReturns = normalizeReturns;
            this.done = new boolean[batchSize];
        }

        @Override
        public void estimate(RolloutBuffer buffer, float[] nextValues) {
            int size = buffer.batchSize();
            boolean[] term = buffer.terminated();
            boolean[] trunc = buffer.truncated();
            for (int i = 0; i < size; i++) {
                done[i] = term[i] || trunc[i];
            }
            float[] g = buffer.returns();
            float[] endValues = baseline == Baseline.CRITIC ? buffer.finalValues() : null;
            RewardToGo.compute(buffer.numSteps(), buffer.numEnvs(), buffer.rewards(), done, endValues, gamma, g);
            double mean = 0;
            for (int i = 0; i < size; i++) {
                mean += g[i];
            }
            mean /= size;
            if (normalizeReturns) {
                double ss = 0;
                for (int i = 0; i < size; i++) {
                    ss += (g[i] - mean) * (g[i] - mean);
                }
                double scale = 1.0 / (Math.sqrt(ss / Math.max(1, size - 1)) + 1e-8);
                for (int i = 0; i < size; i++) {
                    g[i] = (float) ((g[i] - mean) * scale);
                }
                mean = 0;
            }
            float[] adv = buffer.advantages();
            float[] values = buffer.values();
            for (int i = 0; i < size; i++) {
                double b =
                        switch (baseline) {
                            case NONE -> 0;
                            case MEAN -> mean;
                            case CRITIC -> values[i];
                        };
                adv[i] = (float) (g[i] - b);
            }
        }
    }
}
