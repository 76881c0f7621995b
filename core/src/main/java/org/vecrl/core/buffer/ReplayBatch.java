package org.vecrl.core.buffer;

/**
 * Caller-owned, preallocated storage for transitions sampled from a {@link ReplayBuffer}: row k is
 * (s, a, r, terminated, s'). Allocate once per training run and reuse it for every batch.
 */
public final class ReplayBatch {
    private final int capacity;
    private final int obsDim;
    private int size;
    /** Observations s, {@code float[capacity * obsDim]}. */
    public final float[] obs;
    /** Actions a. */
    public final int[] actions;
    /** Rewards r. */
    public final float[] rewards;
    /** Whether s' is terminal (truncation is not termination). */
    public final boolean[] terminated;
    /** Next observations s', {@code float[capacity * obsDim]}. */
    public final float[] nextObs;
    /** Buffer rows the transitions came from (for prioritized replay updates). */
    public final int[] indices;

    /** Storage for up to {@code capacity} transitions of {@code obsDim}-long observations. */
    public ReplayBatch(int capacity, int obsDim) {
        if (capacity <= 0 || obsDim <= 0) {
            throw new IllegalArgumentException(
                    "batch capacity=" + capacity + ", obsDim=" + obsDim + ": expected both > 0");
        }
        this.capacity = capacity;
        this.obsDim = obsDim;
        this.obs = new float[capacity * obsDim];
        this.actions = new int[capacity];
        this.rewards = new float[capacity];
        this.terminated = new boolean[capacity];
        this.nextObs = new float[capacity * obsDim];
        this.indices = new int[capacity];
    }

    /** The most transitions this batch holds. */
    public int capacity() {
        return capacity;
    }

    /** Length of one observation. */
    public int obsDim() {
        return obsDim;
    }

    /** Number of transitions in the last sample. */
    public int size() {
        return size;
    }

    void setSize(int n) {
        if (n <= 0 || n > capacity) {
            throw new IllegalArgumentException(
                    "sample of " + n + " transitions: expected 1.." + capacity + " (the batch capacity)");
        }
        this.size = n;
    }
}
