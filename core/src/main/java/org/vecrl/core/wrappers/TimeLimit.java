package org.vecrl.core.wrappers;

import java.util.Map;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Reset;
import org.vecrl.core.env.Step;
import org.vecrl.core.env.Wrapper;
import org.vecrl.core.state.StateStore;

/** Truncates an episode on its {@code maxEpisodeSteps}-th step after a reset (Gymnasium's {@code TimeLimit}). */
public final class TimeLimit<O, A> extends Wrapper<O, A> {
    private final int maxEpisodeSteps;
    private int elapsed;

    public TimeLimit(Env<O, A> env, int maxEpisodeSteps) {
        super(env);
        if (maxEpisodeSteps <= 0) {
            throw new IllegalArgumentException("maxEpisodeSteps=" + maxEpisodeSteps + ": expected > 0");
        }
        this.maxEpisodeSteps = maxEpisodeSteps;
    }

    /** The step limit. */
    public int maxEpisodeSteps() {
        return maxEpisodeSteps;
    }

    /** Steps taken since the last reset. */
    public int elapsedSteps() {
        return elapsed;
    }

    /** Saves the steps taken since the last reset. */
    @Override
    protected void saveOwnState(StateStore out, String prefix) {
        out.putInts(prefix + "elapsed", new int[] {elapsed});
    }

    @Override
    protected void restoreOwnState(StateStore in, String prefix) {
        elapsed = in.getInts(prefix + "elapsed")[0];
    }

    @Override
    public Reset<O> reset(Long seed, Map<String, Object> options) {
        elapsed = 0;
        return env.reset(seed, options);
    }

    @Override
    public Step<O> step(A action) {
        Step<O> s = env.step(action);
        elapsed++;
        if (elapsed >= maxEpisodeSteps && !s.truncated()) {
            return new Step<>(s.obs(), s.reward(), s.terminated(), true, s.info());
        }
        return s;
    }
}
