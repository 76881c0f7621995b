package org.vecrl.algorithms.tabular;

/**
 * What a {@link TabularExperiment} produced.
 *
 * @param policy            the greedy action per state
 * @param values            the value of each state under that policy (planners) or max_a Q (learners)
 * @param returns           the discounted return of each training episode; null for planners
 * @param meanReturn        the mean discounted return over the training (or evaluation) episodes
 * @param greedyReturn      the discounted return of one greedy rollout from the experiment's seed
 * @param maxSteps          the step cap of a learner's episodes (the env's time limit when it has one)
 * @param truncatedEpisodes training episodes cut at {@code maxSteps} before a terminal state
 */
public record TabularResult(
        int[] policy,
        double[] values,
        double[] returns,
        double meanReturn,
        double greedyReturn,
        long maxSteps,
        long truncatedEpisodes) {}
