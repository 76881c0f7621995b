package org.vecrl.core.vector;

import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.vecrl.core.env.Seeding;
import org.vecrl.core.env.SplitMix64;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Discrete;
import org.vecrl.core.spaces.Space;
import org.vecrl.core.state.Resumable;
import org.vecrl.core.state.StateStore;

/**
 * Base of the native structure-of-arrays vector environments: a subclass keeps the states of all N
 * sub-envs in primitive arrays and steps sub-env i in {@link #stepEnv}; this class does the rest
 * exactly like {@link SyncVectorEnv} over time-limited envs: action validation, autoreset in both
 * {@link AutoresetMode}s, truncation at {@code maxEpisodeSteps}, per-sub-env generators (sub-env i
 * seeded {@code seed + i}), and episode statistics: when an episode ends, {@code finalInfo(i)}
 * holds {@code episode = {r: return, l: length, t: seconds}} as Gymnasium's
 * {@code RecordEpisodeStatistics} (times are taken once per {@code step} call, as Gymnasium's vector
 * version does). The step loop allocates nothing. The whole state (sub-env states, generators, episode
 * counters, last results) can be saved and restored ({@link Resumable}), so a resumed run continues
 * the episodes in progress; wall-clock episode times are not state: they restart at the restore.
 */
public abstract class NativeVectorEnv extends AbstractVectorEnv implements Resumable {
    private final Integer maxEpisodeSteps;
    private final int stepLimit;
    private final SplitMix64[] rngs;
    private final double[] episodeReturns;
    private final int[] episodeLengths;
    private final long[] episodeStarts;
    private final double[] finalReturns;
    private final int[] finalLengths;
    private final double[] finalSeconds;
    private boolean hasReset;
    /** {@link System#nanoTime()} at the start of the current reset or step call. */
    private long now;

    /**
     * @param numEnvs         N > 0
     * @param obsSpace        observation space of one sub-env
     * @param actSpace        {@link Discrete} or {@link Box} action space of one sub-env
     * @param maxEpisodeSteps truncation limit, or null for none
     * @param mode            autoreset mode
     */
    protected NativeVectorEnv(
            int numEnvs, Space<?> obsSpace, Space<?> actSpace, Integer maxEpisodeSteps, AutoresetMode mode) {
        super(checkedNumEnvs(numEnvs, actSpace, maxEpisodeSteps), obsSpace, actSpace, mode);
        this.maxEpisodeSteps = maxEpisodeSteps;
        this.stepLimit = maxEpisodeSteps == null ? Integer.MAX_VALUE : maxEpisodeSteps;
        this.rngs = new SplitMix64[numEnvs];
        for (int i = 0; i < numEnvs; i++) {
            rngs[i] = Seeding.generator(null);
        }
        this.episodeReturns = new double[numEnvs];
        this.episodeLengths = new int[numEnvs];
        this.episodeStarts = new long[numEnvs];
        this.finalReturns = new double[numEnvs];
        this.finalLengths = new int[numEnvs];
        this.finalSeconds = new double[numEnvs];
    }

    private static int checkedNumEnvs(int numEnvs, Space<?> actSpace, Integer maxEpisodeSteps) {
        if (numEnvs <= 0) {
            throw new IllegalArgumentException("numEnvs=" + numEnvs + ": expected > 0");
        }
        if (!(actSpace instanceof Discrete) && !(actSpace instanceof Box)) {
            throw new IllegalArgumentException("action space " + actSpace + ": expected Discrete or Box");
        }
        if (maxEpisodeSteps != null && maxEpisodeSteps <= 0) {
            throw new IllegalArgumentException("maxEpisodeSteps=" + maxEpisodeSteps + ": expected > 0 or null");
        }
        return numEnvs;
    }

    /** The states of all sub-envs in one array (saved and restored whole by {@link #saveState}). */
    protected abstract double[] states();

    /** Draws a new initial state of sub-env i from {@code rng} and writes its observation row. */
    protected abstract void resetEnv(int i, RandomGenerator rng);

    /**
     * Steps sub-env i with a valid discrete action: updates its state and observation row, sets
     * {@code terminated[i]} and returns the reward. Overridden by envs with a {@link Discrete} action space.
     */
    protected double stepEnv(int i, int action) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no discrete actions");
    }

    /**
     * Steps sub-env i with the finite continuous action {@code actions[off .. off + actionDim)}, as
     * {@link #stepEnv(int, int)}. Overridden by envs with a {@link Box} action space.
     */
    protected double stepEnv(int i, float[] actions, int off) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no continuous actions");
    }

    /** The truncation limit, or null for none. */
    public final Integer maxEpisodeSteps() {
        return maxEpisodeSteps;
    }

    @Override
    public final void reset(Long seed) {
        now = System.nanoTime();
        for (int i = 0; i < numEnvs(); i++) {
            if (seed != null) {
                rngs[i] = Seeding.generator(seed + i);
            }
            startEpisode(i);
            clearStep(i);
        }
        hasReset = true;
    }

    @Override
    public final void step(int[] actions) {
        Discrete space = VectorActions.discrete(singleActionSpace());
        requireReset();
        VectorActions.checkDiscrete(actions, space, numEnvs());
        now = System.nanoTime();
        for (int i = 0; i < numEnvs(); i++) {
            if (needsReset(i)) {
                autoreset(i);
                continue;
            }
            finishStep(i, stepEnv(i, actions[i]));
        }
    }

    @Override
    public final void step(float[] actions) {
        Box space = VectorActions.box(singleActionSpace());
        requireReset();
        VectorActions.checkContinuous(actions, space, numEnvs());
        now = System.nanoTime();
        for (int i = 0; i < numEnvs(); i++) {
            if (needsReset(i)) {
                autoreset(i);
                continue;
            }
            finishStep(i, stepEnv(i, actions, i * actionDim()));
        }
    }

    private void requireReset() {
        if (!hasReset) {
            throw new IllegalStateException("step() called before reset() on " + this + ": call reset(seed) first");
        }
    }

    private void finishStep(int i, double reward) {
        rewards[i] = (float) reward;
        episodeReturns[i] += reward;
        int length = ++episodeLengths[i];
        boolean trunc = length >= stepLimit;
        truncated[i] = trunc;
        if (terminated[i] | trunc) {
            endEpisode(i);
        }
    }

    private void endEpisode(int i) {
        finalReturns[i] = episodeReturns[i];
        finalLengths[i] = episodeLengths[i];
        finalSeconds[i] = (now - episodeStarts[i]) / 1e9;
        if (finishEpisode(i)) {
            startEpisode(i);
        }
    }

    private void autoreset(int i) {
        startEpisode(i);
        clearStep(i);
    }

    private void startEpisode(int i) {
        resetEnv(i, rngs[i]);
        episodeReturns[i] = 0.0;
        episodeLengths[i] = 0;
        episodeStarts[i] = now;
    }

    @Override
    public final void saveState(StateStore out, String prefix) {
        if (!hasReset) {
            throw new IllegalStateException("saveState() before reset() on " + this);
        }
        long[] seeds = new long[numEnvs()];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = rngs[i].state();
        }
        out.putLongs(prefix + "rngs", seeds);
        out.putDoubles(prefix + "states", states().clone());
        out.putDoubles(prefix + "episode_returns", episodeReturns.clone());
        out.putInts(prefix + "episode_lengths", episodeLengths.clone());
        out.putDoubles(prefix + "final_returns", finalReturns.clone());
        out.putInts(prefix + "final_lengths", finalLengths.clone());
        saveResults(out, prefix);
    }

    @Override
    public final void restoreState(StateStore in, String prefix) {
        long[] seeds = new long[numEnvs()];
        in.readLongs(prefix + "rngs", seeds);
        in.readDoubles(prefix + "states", states());
        in.readDoubles(prefix + "episode_returns", episodeReturns);
        in.readInts(prefix + "episode_lengths", episodeLengths);
        in.readDoubles(prefix + "final_returns", finalReturns);
        in.readInts(prefix + "final_lengths", finalLengths);
        restoreResults(in, prefix);
        now = System.nanoTime();
        for (int i = 0; i < seeds.length; i++) {
            rngs[i].setState(seeds[i]);
            episodeStarts[i] = now;
        }
        hasReset = true;
    }

    @Override
    public final Map<String, Object> info(int i) {
        Objects.checkIndex(i, numEnvs());
        return Map.of();
    }

    @Override
    public final Map<String, Object> finalInfo(int i) {
        Objects.checkIndex(i, numEnvs());
        if (!terminated[i] && !truncated[i]) {
            return Map.of();
        }
        double seconds = Math.round(finalSeconds[i] * 1e6) / 1e6;
        return Map.of("episode", Map.of("r", finalReturns[i], "l", finalLengths[i], "t", seconds));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + numEnvs() + " envs, " + autoresetMode()
                + (maxEpisodeSteps == null ? "" : ", maxEpisodeSteps=" + maxEpisodeSteps) + ")";
    }
}
