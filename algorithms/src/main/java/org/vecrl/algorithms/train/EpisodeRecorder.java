package org.vecrl.algorithms.train;

import java.util.Arrays;
import java.util.Map;

import org.vecrl.core.spaces.Space;
import org.vecrl.core.state.Resumable;
import org.vecrl.core.vector.AutoresetMode;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.nn.Checkpoint;

/**
 * A vector-env decorator that counts environment steps and tracks each sub-env's episode return and
 * length from the reward and done flags (not from info maps), reporting every finished episode. Its
 * checkpoint state includes the wrapped env's state when that env is {@link Resumable}.
 */
final class EpisodeRecorder implements VectorEnv {

    /** Receives finished episodes. */
    @FunctionalInterface
    interface Listener {
        void onEpisode(long step, double episodeReturn, long length);
    }

    private final VectorEnv env;
    private final Listener listener;
    private final double[] returns;
    private final long[] lengths;
    private final boolean[] resetPending;
    private long step;

    EpisodeRecorder(VectorEnv env, Listener listener) {
        this.env = env;
        this.listener = listener;
        this.returns = new double[env.numEnvs()];
        this.lengths = new long[env.numEnvs()];
        this.resetPending = new boolean[env.numEnvs()];
    }

    /** Environment steps taken, summed over sub-envs. */
    long step() {
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
    public void step(int[] actions) {
        env.step(actions);
        afterStep();
    }

    @Override
    public void step(float[] actions) {
        env.step(actions);
        afterStep();
    }

    private void afterStep() {
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

    private static final String ENV_PREFIX = "env.";
    private static final String ENV_SAVED = "recorder.envSaved";

    void save(Checkpoint out) {
        if (env instanceof Resumable r) {
            r.saveState(out, ENV_PREFIX);
            out.putLong(ENV_SAVED, 1);
        }
        out.putLong("recorder.step", step);
        out.putDoubles("recorder.returns", returns.clone());
        out.putLongs("recorder.lengths", lengths.clone());
        out.putBooleans("recorder.resetPending", resetPending.clone());
    }

    /**
     * Restores the counters and, when the checkpoint holds it, the wrapped env's state; returns
     * whether it did (if not, the caller must reset the env, and the episodes in progress restart).
     */
    boolean restore(Checkpoint in) {
        step = in.getLong("recorder.step");
        boolean envRestored = env instanceof Resumable r && in.has(ENV_SAVED);
        if (envRestored) {
            ((Resumable) env).restoreState(in, ENV_PREFIX);
            in.readDoubles("recorder.returns", returns);
            in.readLongs("recorder.lengths", lengths);
            in.readBooleans("recorder.resetPending", resetPending);
        }
        return envRestored;
    }

    @Override
    public int numEnvs() {
        return env.numEnvs();
    }

    @Override
    public Space<?> singleObservationSpace() {
        return env.singleObservationSpace();
    }

    @Override
    public Space<?> singleActionSpace() {
        return env.singleActionSpace();
    }

    @Override
    public int obsDim() {
        return env.obsDim();
    }

    @Override
    public int actionDim() {
        return env.actionDim();
    }

    @Override
    public AutoresetMode autoresetMode() {
        return env.autoresetMode();
    }

    @Override
    public float[] observations() {
        return env.observations();
    }

    @Override
    public float[] rewards() {
        return env.rewards();
    }

    @Override
    public boolean[] terminated() {
        return env.terminated();
    }

    @Override
    public boolean[] truncated() {
        return env.truncated();
    }

    @Override
    public float[] finalObservations() {
        return env.finalObservations();
    }

    @Override
    public Map<String, Object> info(int i) {
        return env.info(i);
    }

    @Override
    public Map<String, Object> finalInfo(int i) {
        return env.finalInfo(i);
    }

    @Override
    public void close() {
        env.close();
    }

    @Override
    public String toString() {
        return "EpisodeRecorder(" + env + ")";
    }
}
