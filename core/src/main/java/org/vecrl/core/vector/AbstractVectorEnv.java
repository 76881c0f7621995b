package org.vecrl.core.vector;

import java.util.Objects;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Space;
import org.vecrl.core.state.StateStore;

/**
 * Base of the vector environments: owns the spaces, the dimensions, the autoreset mode and the
 * result arrays that {@link VectorEnv}'s accessors return, plus the autoreset bookkeeping of a
 * vector env that steps its sub-envs itself ({@link #clearStep}, {@link #finishEpisode},
 * {@link #needsReset}). The action length is the {@link Box}'s size, or 1 for other action spaces.
 */
public abstract class AbstractVectorEnv implements VectorEnv {
    private final int numEnvs;
    private final Space<?> obsSpace;
    private final Space<?> actSpace;
    private final int obsDim;
    private final int actionDim;
    private final AutoresetMode mode;
    /** Observations, {@code float[N * obsDim]}. */
    protected final float[] obs;
    /** Final observations of the sub-envs whose episode ended on the last step, {@code float[N * obsDim]}. */
    protected final float[] finalObs;
    /** Rewards of the last step. */
    protected final float[] rewards;
    /** Terminated flags of the last step. */
    protected final boolean[] terminated;
    /** Truncated flags of the last step. */
    protected final boolean[] truncated;

    private final boolean[] needsReset;

    /**
     * @param numEnvs  N
     * @param obsSpace observation space of one sub-env
     * @param actSpace action space of one sub-env
     * @param mode     autoreset mode
     */
    protected AbstractVectorEnv(int numEnvs, Space<?> obsSpace, Space<?> actSpace, AutoresetMode mode) {
        this.numEnvs = numEnvs;
        this.obsSpace = obsSpace;
        this.actSpace = actSpace;
        this.obsDim = obsSpace.flatDim();
        this.actionDim = actSpace instanceof Box b ? b.flatDim() : 1;
        this.mode = Objects.requireNonNull(mode, "mode");
        this.obs = new float[numEnvs * obsDim];
        this.finalObs = new float[numEnvs * obsDim];
        this.rewards = new float[numEnvs];
        this.terminated = new boolean[numEnvs];
        this.truncated = new boolean[numEnvs];
        this.needsReset = new boolean[numEnvs];
    }

    @Override
    public final int numEnvs() {
        return numEnvs;
    }

    @Override
    public final Space<?> singleObservationSpace() {
        return obsSpace;
    }

    @Override
    public final Space<?> singleActionSpace() {
        return actSpace;
    }

    @Override
    public final int obsDim() {
        return obsDim;
    }

    @Override
    public final int actionDim() {
        return actionDim;
    }

    @Override
    public final AutoresetMode autoresetMode() {
        return mode;
    }

    @Override
    public final float[] observations() {
        return obs;
    }

    @Override
    public final float[] rewards() {
        return rewards;
    }

    @Override
    public final boolean[] terminated() {
        return terminated;
    }

    @Override
    public final boolean[] truncated() {
        return truncated;
    }

    @Override
    public final float[] finalObservations() {
        return finalObs;
    }

    /** Clears sub-env i's step results (reward 0, not terminated or truncated) after it was (auto)reset. */
    protected final void clearStep(int i) {
        rewards[i] = 0f;
        terminated[i] = false;
        truncated[i] = false;
        needsReset[i] = false;
    }

    /**
     * Ends sub-env i's episode after its observation row was written: saves that row as its final
     * observation and returns true in {@link AutoresetMode#SAME_STEP} mode, where the caller resets the
     * sub-env at once; in {@link AutoresetMode#NEXT_STEP} mode marks it for reset on its next step
     * ({@link #needsReset}) and returns false.
     */
    protected final boolean finishEpisode(int i) {
        System.arraycopy(obs, i * obsDim, finalObs, i * obsDim, obsDim);
        if (mode == AutoresetMode.SAME_STEP) {
            return true;
        }
        needsReset[i] = true;
        return false;
    }

    /** Saves the result arrays and reset marks (for a {@link org.vecrl.core.state.Resumable} subclass). */
    protected final void saveResults(StateStore out, String prefix) {
        out.putFloats(prefix + "obs", obs.clone());
        out.putFloats(prefix + "final_obs", finalObs.clone());
        out.putFloats(prefix + "rewards", rewards.clone());
        out.putBooleans(prefix + "terminated", terminated.clone());
        out.putBooleans(prefix + "truncated", truncated.clone());
        out.putBooleans(prefix + "needs_reset", needsReset.clone());
    }

    /** Restores what {@link #saveResults} wrote. */
    protected final void restoreResults(StateStore in, String prefix) {
        in.readFloats(prefix + "obs", obs);
        in.readFloats(prefix + "final_obs", finalObs);
        in.readFloats(prefix + "rewards", rewards);
        in.readBooleans(prefix + "terminated", terminated);
        in.readBooleans(prefix + "truncated", truncated);
        in.readBooleans(prefix + "needs_reset", needsReset);
    }

    /** Whether sub-env i's episode ended on the last step in NEXT_STEP mode, so that this step must reset it. */
    protected final boolean needsReset(int i) {
        return needsReset[i];
    }
}
