package org.vecrl.core.buffer;

/**
 * A binary sum tree over {@code capacity} non-negative leaf values: O(log n) updates and
 * prefix-sum search, for proportional prioritized replay.
 */
final class SumTree {
    private final int leaves;
    private final double[] tree;

    SumTree(int capacity) {
        int n = 1;
        while (n < capacity) {
            n <<= 1;
        }
        this.leaves = n;
        this.tree = new double[2 * n];
    }

    /** Sets leaf {@code i} to {@code value} (>= 0). */
    void set(int i, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("priority " + value + " of row " + i + ": expected a finite value >= 0");
        }
        int node = i + leaves;
        tree[node] = value;
        for (node >>= 1; node >= 1; node >>= 1) {
            tree[node] = tree[2 * node] + tree[2 * node + 1];
        }
    }

    /** Leaf {@code i}. */
    double get(int i) {
        return tree[i + leaves];
    }

    /** Sum of all leaves. */
    double total() {
        return tree[1];
    }

    /** The leaf where the running sum of leaves first exceeds {@code u} (u in [0, total)). */
    int find(double u) {
        int node = 1;
        while (node < leaves) {
            int left = 2 * node;
            if (u < tree[left] || tree[left + 1] == 0) {
                node = left;
            } else {
                u -= tree[left];
                node = left + 1;
            }
        }
        return node - leaves;
    }
}
