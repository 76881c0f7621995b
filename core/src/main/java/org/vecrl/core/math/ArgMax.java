package org.vecrl.core.math;

/**
 * The index of a vector's largest entry, lowest index on ties: the greedy choice of the bandit
 * agents, tabular policies, DQN and categorical policies, and the bandit testbed's best arm.
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

    /** The lowest index (relative to {@code offset}) of the largest of {@code len} entries from {@code offset}. */
    public static int of(float[] values, int offset, int len) {
        int best = 0;
        for (int k = 1; k < len; k++) {
            if (values[offset + k] > values[offset + best]) {
                best = k;
            }
        }
        return best;
    }
}
