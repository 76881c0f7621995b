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
    /**
     * The plain sum of their rewards, so a reward counts twice when two slip directions land in the same
     * cell. ARENA's RL course builds R this way; the mode reproduces the values of its tests.
     */
    SUM
}
