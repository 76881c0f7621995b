package org.vecrl.core.buffer;

/**
 * Proportional prioritized experience replay (Schaul et al. 2016) on a {@link SumTree}: row i is
 * sampled with probability {@code p_i^alpha / sum_j p_j^alpha}, new rows get the largest priority
 * seen so far, and {@link #updatePriorities} sets {@code p_i = |td error| + epsilon}. Samples are
 * stratified (one draw per equal slice of the total) and come with importance weights
 * {@code (size * P(i))^-beta}, divided by the batch's largest weight.
 */
public final class PrioritizedReplayBuffer extends ReplayBuffer {
    /** The priorities of every storage row (leaf {@code p_i^alpha}) and the largest priority seen, for checkpoints. */
    public record Priorities(double[] leaves, double maxPriority) {}

    private final double alpha;
    private final double epsilon;
    private final SumTree tree;
    private double maxPriority = 1.0;

    /**
     * A buffer like {@link ReplayBuffer#ReplayBuffer} with priority exponent {@code alpha} (0 = uniform)
     * and {@code epsilon} added to every |td error| so that no row's priority is 0.
     */
    public PrioritizedReplayBuffer(int numEnvs, int obsDim, int capacity, long seed, double alpha, double epsilon) {
        super(numEnvs, obsDim, capacity, seed);
        if (!(alpha >= 0)) {
            throw new IllegalArgumentException("alpha=" + alpha + ": expected >= 0");
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon=" + epsilon + ": expected > 0");
        }
        this.alpha = alpha;
        this.epsilon = epsilon;
        this.tree = new SumTree(capacity);
    }

    @Override
    protected void onWrite(int row) {
        tree.set(row, Math.pow(maxPriority, alpha));
    }

    /** Prioritized sample without importance weights. */
    @Override
    public void sample(int n, ReplayBatch out) {
        sample(n, 0.0, out, new float[n]);
    }

    /**
     * Fills {@code out} with {@code n} prioritized transitions and {@code weights[0..n)} with their
     * normalised importance weights for exponent {@code beta}; {@code out.indices} tells the rows
     * for {@link #updatePriorities}.
     */
    public void sample(int n, double beta, ReplayBatch out, float[] weights) {
        prepare(n, out);
        if (weights.length < n) {
            throw new IllegalArgumentException("weights of length " + weights.length + ": expected >= " + n);
        }
        double total = tree.total();
        double slice = total / n;
        double maxWeight = 0;
        for (int k = 0; k < n; k++) {
            double u = Math.min((k + rng().nextDouble()) * slice, Math.nextDown(total));
            int row = Math.min(tree.find(u), size() - 1);
            copyRow(row, k, out);
            double w = Math.pow(size() * tree.get(row) / total, -beta);
            weights[k] = (float) w;
            maxWeight = Math.max(maxWeight, w);
        }
        for (int k = 0; k < n; k++) {
            weights[k] = (float) (weights[k] / maxWeight);
        }
    }

    /** Sets the priorities of {@code rows[0..n)} from their TD errors. */
    public void updatePriorities(int[] rows, float[] tdErrors, int n) {
        for (int k = 0; k < n; k++) {
            if (rows[k] < 0 || rows[k] >= size()) {
                throw new IllegalArgumentException("row " + rows[k] + ": expected 0.." + (size() - 1));
            }
            double p = Math.abs(tdErrors[k]) + epsilon;
            maxPriority = Math.max(maxPriority, p);
            tree.set(rows[k], Math.pow(p, alpha));
        }
    }

    /** The sampling probability of storage row {@code row}. */
    public double probability(int row) {
        return tree.get(row) / tree.total();
    }

    /**
     * Restores contents; priorities are not part of a snapshot, so every stored row gets the maximum
     * priority (use {@link #restorePriorities} to bring back saved ones).
     */
    @Override
    public void restore(Snapshot s) {
        super.restore(s);
        for (int row = 0; row < size(); row++) {
            onWrite(row);
        }
    }

    /** A copy of the priorities of all {@code capacity} storage rows. */
    public Priorities priorities() {
        double[] leaves = new double[capacity()];
        for (int row = 0; row < leaves.length; row++) {
            leaves[row] = tree.get(row);
        }
        return new Priorities(leaves, maxPriority);
    }

    /** Sets the priorities of all storage rows to what {@link #priorities} returned. */
    public void restorePriorities(Priorities p) {
        if (p.leaves().length != capacity()) {
            throw new IllegalArgumentException("priorities of " + p.leaves().length + " rows: expected " + capacity());
        }
        for (int row = 0; row < capacity(); row++) {
            tree.set(row, p.leaves()[row]);
        }
        maxPriority = p.maxPriority();
    }
}
