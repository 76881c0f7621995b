package org.vecrl.core.envs.tabular;

/**
 * How {@link TabularModel#rewardTensor(RewardMode)} combines the rewards of several outcomes of
 * {@code (s, a)} that land in the same next state {@code s'}.
 */
public enum RewardMode {
    /**
     * The probability-weighted mean of their rewards (VecRL default): {@code Σ_s' T·R} is then the
     * expected reward of {@code (s, a)} and DP values equal the sampled env's expected returns.
     */
    MEAN,
    /** The plain sum of their rewards, as the curriculum computes it (needed to reproduce its tests). */
    SUM
}
