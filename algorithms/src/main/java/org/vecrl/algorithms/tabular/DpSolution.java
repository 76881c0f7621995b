package org.vecrl.algorithms.tabular;

/**
 * What value iteration returns.
 *
 * @param values     the optimal state values V*
 * @param policy     the greedy policy of {@code values} (lowest action on ties)
 * @param iterations the number of sweeps made
 */
public record DpSolution(double[] values, int[] policy, int iterations) {}
