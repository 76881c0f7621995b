package org.vecrl.core.buffer;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.vecrl.core.env.Seeding;
import org.vecrl.core.env.SplitMix64;

/**
 * The DQN experience replay: a ring buffer of transitions (s, a, r, terminated, s') in primitive
 * arrays that keeps the last {@code capacity} rows added. {@code terminated} is the MDP's terminal
 * flag only: a time-limit truncation must be stored as not terminated so that its value is
 * bootstrapped. Sampling is uniform with replacement over the filled part (indices in
 * [0, size), not [0, capacity), which would assume a full buffer) and uses the
 * buffer's own generator.
 */
public class ReplayBuffer {

    /** A complete copy of a buffer's contents, write position and sampling-generator state, for checkpoints. */
    public record Snapshot(
            int numEnvs,
            int obsDim,
            int capacity,
            float[] obs,
            int[] actions,
            float[] rewards,
            boolean[] terminated,
            float[] nextObs,
            int position,
            int size,
            long added,
            long rngState) {}

    private final int numEnvs;
    private final int obsDim;
    private final int capacity;
    private final float[] obs;
    private final int[] actions;
    private final float[] rewards;
    private final boolean[] terminated;
    private final float[] nextObs;
    private final SplitMix64 rng;
    private int position;
    private int size;
    private long added;

    /**
     * @param numEnvs  rows per {@link #add} call (one per sub-environment)
     * @param obsDim   length of one flattened observation
     * @param capacity the number of most recent rows kept
     * @param seed     seed of the sampling generator
     */
    public ReplayBuffer(int numEnvs, int obsDim, int capacity, long seed) {
        if (numEnvs <= 0 || obsDim <= 0 || capacity <= 0) {
            throw new IllegalArgumentException("replay buffer numEnvs=" + numEnvs + ", obsDim=" + obsDim + ", capacity="
                    + capacity + ": expected all > 0");
        }
        this.numEnvs = numEnvs;
        this.obsDim = obsDim;
        this.capacity = capacity;
        this.obs = new float[capacity * obsDim];
        this.actions = new int[capacity];
        this.rewards = new float[capacity];
        this.terminated = new boolean[capacity];
        this.nextObs = new float[capacity * obsDim];
        this.rng = Seeding.generator(seed);
    }

    /** Rows per {@link #add} call. */
    public int numEnvs() {
        return numEnvs;
    }

    /** Length of one observation. */
    public int obsDim() {
        return obsDim;
    }

    /** The number of most recent rows kept. */
    public int capacity() {
        return capacity;
    }

    /** Rows currently stored: {@code min(rows added, capacity)}. */
    public int size() {
        return size;
    }

    /** Rows added since construction, including those dropped. */
    public long added() {
        return added;
    }

    /**
     * Appends one transition per sub-environment; arrays have leading dimension {@code numEnvs}
     * ({@code obs} and {@code nextObs} are {@code float[numEnvs * obsDim]}). The oldest rows are
     * overwritten once the buffer is full.
     */
    public void add(float[] obs, int[] actions, float[] rewards, boolean[] terminated, float[] nextObs) {
        checkLength("obs", obs.length, numEnvs * obsDim);
        checkLength("actions", actions.length, numEnvs);
        checkLength("rewards", rewards.length, numEnvs);
        checkLength("terminated", terminated.length, numEnvs);
        checkLength("nextObs", nextObs.length, numEnvs * obsDim);
        for (int e = 0; e < numEnvs; e++) {
            int row = position;
            System.arraycopy(obs, e * obsDim, this.obs, row * obsDim, obsDim);
            System.arraycopy(nextObs, e * obsDim, this.nextObs, row * obsDim, obsDim);
            this.actions[row] = actions[e];
            this.rewards[row] = rewards[e];
            this.terminated[row] = terminated[e];
            onWrite(row);
            position = (position + 1) % capacity;
            size = Math.min(size + 1, capacity);
            added++;
        }
    }

    /** Called after row {@code row} was (over)written; subclasses keep per-row bookkeeping here. */
    protected void onWrite(int row) {}

    private static void checkLength(String name, int got, int expected) {
        if (got != expected) {
            throw new IllegalArgumentException(name + " of length " + got + ": expected " + expected);
        }
    }

    /** Fills {@code out} with {@code n} transitions drawn uniformly with replacement from the filled part. */
    public void sample(int n, ReplayBatch out) {
        prepare(n, out);
        for (int k = 0; k < n; k++) {
            copyRow(rng.nextInt(size), k, out);
        }
    }

    /** Checks that a sample of {@code n} can be drawn into {@code out} and sets its size. */
    protected final void prepare(int n, ReplayBatch out) {
        if (size == 0) {
            throw new IllegalStateException("cannot sample from an empty replay buffer");
        }
        if (out.obsDim() != obsDim) {
            throw new IllegalArgumentException("batch of obsDim " + out.obsDim() + ": expected " + obsDim);
        }
        out.setSize(n);
    }

    /** Copies buffer row {@code row} into position {@code k} of {@code out}. */
    protected final void copyRow(int row, int k, ReplayBatch out) {
        System.arraycopy(obs, row * obsDim, out.obs, k * obsDim, obsDim);
        System.arraycopy(nextObs, row * obsDim, out.nextObs, k * obsDim, obsDim);
        out.actions[k] = actions[row];
        out.rewards[k] = rewards[row];
        out.terminated[k] = terminated[row];
        out.indices[k] = row;
    }

    /** The sampling generator (for subclasses). */
    protected final RandomGenerator rng() {
        return rng;
    }

    /** The storage row of the i-th oldest stored transition. */
    private int physical(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("transition " + i + " of a buffer holding " + size);
        }
        return size < capacity ? i : (position + i) % capacity;
    }

    /** Stored observations oldest first, {@code float[size * obsDim]} (a copy). */
    public float[] observations() {
        return unrollRows(obs);
    }

    /** Stored next observations oldest first, {@code float[size * obsDim]} (a copy). */
    public float[] nextObservations() {
        return unrollRows(nextObs);
    }

    /** Stored actions oldest first (a copy). */
    public int[] actions() {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = actions[physical(i)];
        }
        return out;
    }

    /** Stored rewards oldest first (a copy). */
    public float[] rewards() {
        float[] out = new float[size];
        for (int i = 0; i < size; i++) {
            out[i] = rewards[physical(i)];
        }
        return out;
    }

    /** Stored terminated flags oldest first (a copy). */
    public boolean[] terminated() {
        boolean[] out = new boolean[size];
        for (int i = 0; i < size; i++) {
            out[i] = terminated[physical(i)];
        }
        return out;
    }

    private float[] unrollRows(float[] rows) {
        float[] out = new float[size * obsDim];
        for (int i = 0; i < size; i++) {
            System.arraycopy(rows, physical(i) * obsDim, out, i * obsDim, obsDim);
        }
        return out;
    }

    /** A copy of the contents, write position and sampling-generator state. */
    public Snapshot snapshot() {
        return new Snapshot(
                numEnvs,
                obsDim,
                capacity,
                obs.clone(),
                actions.clone(),
                rewards.clone(),
                terminated.clone(),
                nextObs.clone(),
                position,
                size,
                added,
                rng.state());
    }

    /** Restores contents and write position from a snapshot of a buffer with the same shape. */
    public void restore(Snapshot s) {
        if (s.numEnvs() != numEnvs || s.obsDim() != obsDim || s.capacity() != capacity) {
            throw new IllegalArgumentException(
                    "replay snapshot of shape (numEnvs " + s.numEnvs() + ", obsDim " + s.obsDim() + ", capacity "
                            + s.capacity() + "): expected (" + numEnvs + ", " + obsDim + ", " + capacity + ")");
        }
        System.arraycopy(s.obs(), 0, obs, 0, obs.length);
        System.arraycopy(s.actions(), 0, actions, 0, capacity);
        System.arraycopy(s.rewards(), 0, rewards, 0, capacity);
        System.arraycopy(s.terminated(), 0, terminated, 0, capacity);
        System.arraycopy(s.nextObs(), 0, nextObs, 0, nextObs.length);
        this.position = s.position();
        this.size = s.size();
        this.added = s.added();
        rng.setState(s.rngState());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(size " + size + "/" + capacity + ", obsDim " + obsDim + ", numEnvs "
                + numEnvs + ", added " + added + ")";
    }

    /** Whether two snapshots hold the same contents, position and generator state (records compare arrays by identity). */
    public static boolean sameContents(Snapshot a, Snapshot b) {
        return a.numEnvs() == b.numEnvs()
                && a.obsDim() == b.obsDim()
                && a.capacity() == b.capacity()
                && a.position() == b.position()
                && a.size() == b.size()
                && a.added() == b.added()
                && a.rngState() == b.rngState()
                && Arrays.equals(a.obs(), b.obs())
                && Arrays.equals(a.actions(), b.actions())
                && Arrays.equals(a.rewards(), b.rewards())
                && Arrays.equals(a.terminated(), b.terminated())
                && Arrays.equals(a.nextObs(), b.nextObs());
    }
}
