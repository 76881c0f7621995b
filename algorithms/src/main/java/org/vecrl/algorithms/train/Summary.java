package org.vecrl.algorithms.train;

/**
 * The outcome of a training run, written to summary.json. Mean returns are over the last 20
 * finished episodes; the threshold fields are the first step and wall time at which that mean
 * (over a full window) reached the environment's reward threshold, or null if it never did.
 */
public record Summary(String algo, String env, long seed, long totalSteps, double wallSeconds, double sps,
                      Double finalMeanReturn, Double bestMeanReturn, Double rewardThreshold, Long stepsToThreshold,
                      Double secondsToThreshold) {}
