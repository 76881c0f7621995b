package org.vecrl.core.wrappers;

import java.util.Map;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Reset;
import org.vecrl.core.env.Step;
import org.vecrl.core.env.Wrapper;
import org.vecrl.core.state.StateStore;

/**
 * Rejects {@code step} before the first {@code reset}, and {@code step} after an episode ended
 * without a new {@code reset}, with an {@link IllegalStateException}.
 */
public final class OrderEnforcing<O, A> extends Wrapper<O, A> {
    private boolean hasReset;
    private boolean episodeOver;

    public OrderEnforcing(Env<O, A> env) {
        super(env);
    }

    /** Saves whether a reset happened and whether the episode is over. */
    @Override
    protected void saveOwnState(StateStore out, String prefix) {
        out.putBooleans(prefix + "order", new boolean[] {hasReset, episodeOver});
    }

    @Override
    protected void restoreOwnState(StateStore in, String prefix) {
        boolean[] v = new boolean[2];
        in.readBooleans(prefix + "order", v);
        hasReset = v[0];
        episodeOver = v[1];
    }

    @Override
    public Reset<O> reset(Long seed, Map<String, Object> options) {
        Reset<O> r = env.reset(seed, options);
        hasReset = true;
        episodeOver = false;
        return r;
    }

    @Override
    public Step<O> step(A action) {
        if (!hasReset) {
            throw new IllegalStateException("step() called before reset() on " + env + ": call reset() first");
        }
        if (episodeOver) {
            throw new IllegalStateException("step() called after the episode ended (terminated or truncated) on " + env
                    + ": call reset() to start a new episode");
        }
        Step<O> s = env.step(action);
        episodeOver = s.done();
        return s;
    }

    @Override
    public Object render() {
        if (!hasReset) {
            throw new IllegalStateException("render() called before reset() on " + env + ": call reset() first");
        }
        return env.render();
    }

    /** Whether {@code reset} has been called. */
    public boolean hasReset() {
        return hasReset;
    }
}
