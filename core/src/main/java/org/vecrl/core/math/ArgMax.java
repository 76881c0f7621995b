package org.vecrl.core.math;

/**
 * The index of a vector's largest entry, lowest index on ties: the greedy choice of the bandit
 * agents and tabular policies, and the bandit testbed's best arm.
 */
public final class ArgMax {
    private ArgMax() {}

    /** The lowest index of the largest entry of {@code values} (0 when it is empty). */
    public static int of(double[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return best;
    }
}
