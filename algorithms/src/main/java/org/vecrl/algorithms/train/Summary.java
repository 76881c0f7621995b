package org.vecrl.algorithms.train;

/**
 * The outcome of a training run, written to summary.json. Training mean returns are over the last
 * 20 finished training episodes ({@code finalMeanReturn} over fewer while fewer finished;
 * {@code bestMeanReturn} only over full windows, null before 20 episodes); the threshold fields are
 * the first step and wall time at which a full window's mean reached the environment's reward
 * threshold, or null if it never did. The evaluation fields come from {@code evalEpisodes} episodes
 * of the final policy played deterministically with frozen normalisation statistics (null when
 * disabled or when the run diverged). {@code diverged} is true when a NaN or infinite loss or
 * gradient stopped the run.
 */
public record Summary(
        String algo,
        String env,
        long seed,
        long totalSteps,
        double wallSeconds,
        double sps,
        Double finalMeanReturn,
        Double bestMeanReturn,
        Double rewardThreshold,
        Long stepsToThreshold,
        Double secondsToThreshold,
        Integer evalEpisodes,
        Double evalMeanReturn,
        Double evalStdReturn,
        boolean diverged) {}
