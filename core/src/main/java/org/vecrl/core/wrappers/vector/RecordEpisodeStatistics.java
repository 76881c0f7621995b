package org.vecrl.core.wrappers.vector;

import java.util.Arrays;
import org.vecrl.core.state.Resumable;
import org.vecrl.core.state.StateStore;
import org.vecrl.core.vector.AutoresetMode;
import org.vecrl.core.vector.VectorEnv;

/**
 * Counts environment steps and tracks each sub-env's episode return and length from the rewards and
 * done flags (not from info maps), reporting every finished episode to a {@link Listener}, as
 * Gymnasium's vector {@code RecordEpisodeStatistics}. In {@link AutoresetMode#NEXT_STEP} mode the
 * step after an episode's end (the reset step, reward 0) belongs to no episode and is not counted
 * in any return or length. Its saved state includes the wrapped env's state when that env is
 * {@link Resumable} and {@link Resumable#resumable() resumable}; {@link #envStateRestored()} says
 * whether a restore brought it back.
 */
public final class RecordEpisodeStatistics extends VectorEnvWrapper implements Resumable {

    /** Receives finished episodes. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param step          environment steps taken so far (summed over sub-envs), this step included
         * @param episodeReturn the undiscounted sum of the episode's rewards
         * @param length        the episode's number of steps
         */
        void onEpisode(long step, double episodeReturn, long length);
    }

    private static final String ENV = "env.";
    private static final String ENV_SAVED = "env_saved";

    private final Listener listener;
    private final double[] returns;
    private final long[] lengths;
    private final boolean[] resetPending;
    private long step;
    private boolean envStateRestored;

    public RecordEpisodeStatistics(VectorEnv env, Listener listener) {
        super(env);
        this.listener = listener;
        this.returns = new double[env.numEnvs()];
        this.lengths = new long[env.numEnvs()];
        this.resetPending = new boolean[env.numEnvs()];
    }

    /** Environment steps taken, summed over sub-envs. */
    public long step() {
        return step;
    }

    @Override
    public void reset(Long seed) {
        env.reset(seed);
        Arrays.fill(returns, 0);
        Arrays.fill(lengths, 0);
        Arrays.fill(resetPending, false);
    }

    @Override
    protected void afterStep() {
        step += env.numEnvs();
        float[] r = env.rewards();
        boolean[] term = env.terminated();
        boolean[] trunc = env.truncated();
        boolean nextStepReset = env.autoresetMode() == AutoresetMode.NEXT_STEP;
        for (int i = 0; i < returns.length; i++) {
            if (resetPending[i]) {
                resetPending[i] = false;
                continue;
            }
            returns[i] += r[i];
            lengths[i]++;
            if (term[i] || trunc[i]) {
                listener.onEpisode(step, returns[i], lengths[i]);
                returns[i] = 0;
                lengths[i] = 0;
                resetPending[i] = nextStepReset;
            }
        }
    }

    /**
     * Writes the step counter, the episodes in progress and, when the wrapped env is
     * {@link Resumable} and resumable, its state (under {@code prefix + "env."}).
     */
    @Override
    public void saveState(StateStore out, String prefix) {
        if (envResumable()) {
            ((Resumable) env).saveState(out, prefix + ENV);
            out.putLongs(prefix + ENV_SAVED, new long[] {1});
        }
        out.putLongs(prefix + "step", new long[] {step});
        out.putDoubles(prefix + "returns", returns.clone());
        out.putLongs(prefix + "lengths", lengths.clone());
        out.putBooleans(prefix + "reset_pending", resetPending.clone());
    }

    /**
     * Restores the step counter and, when the store holds the wrapped env's state and that env is
     * {@link Resumable} and resumable, the env and the episodes in progress. Otherwise only the step counter is
     * restored and {@link #envStateRestored()} is false: the caller must then reset this wrapper,
     * and the episodes in progress restart.
     */
    @Override
    public void restoreState(StateStore in, String prefix) {
        step = in.getLongs(prefix + "step")[0];
        envStateRestored = envResumable() && in.has(prefix + ENV_SAVED);
        if (envStateRestored) {
            ((Resumable) env).restoreState(in, prefix + ENV);
            in.readDoubles(prefix + "returns", returns);
            in.readLongs(prefix + "lengths", lengths);
            in.readBooleans(prefix + "reset_pending", resetPending);
        }
    }

    private boolean envResumable() {
        return env instanceof Resumable r && r.resumable();
    }

    /** Whether the last {@link #restoreState} restored the wrapped env's state (false before any restore). */
    public boolean envStateRestored() {
        return envStateRestored;
    }
}
