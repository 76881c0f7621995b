package org.vecrl.core.wrappers;

import java.util.Map;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Reset;
import org.vecrl.core.env.Step;
import org.vecrl.core.env.Wrapper;
import org.vecrl.core.spaces.Spaces;
import org.vecrl.core.state.StateStore;

/**
 * Checks the first {@code reset} and the first {@code step} of the wrapped environment against the
 * API contract (observation inside the observation space, finite reward, non-null info), the way
 * Gymnasium's {@code PassiveEnvChecker} does, and then gets out of the way.
 */
public final class PassiveEnvChecker<O, A> extends Wrapper<O, A> {
    private boolean resetChecked;
    private boolean stepChecked;

    public PassiveEnvChecker(Env<O, A> env) {
        super(env);
        if (env.actionSpace() == null || env.observationSpace() == null) {
            throw new IllegalStateException(env + " must define actionSpace() and observationSpace()");
        }
    }

    /** Saves which checks are done. */
    @Override
    protected void saveOwnState(StateStore out, String prefix) {
        out.putBooleans(prefix + "checked", new boolean[] {resetChecked, stepChecked});
    }

    @Override
    protected void restoreOwnState(StateStore in, String prefix) {
        boolean[] v = new boolean[2];
        in.readBooleans(prefix + "checked", v);
        resetChecked = v[0];
        stepChecked = v[1];
    }

    @Override
    public Reset<O> reset(Long seed, Map<String, Object> options) {
        Reset<O> r = env.reset(seed, options);
        if (!resetChecked) {
            checkObservation(r.obs(), "reset()");
            if (r.info() == null) {
                throw new IllegalStateException(env + ".reset() returned a null info map");
            }
            resetChecked = true;
        }
        return r;
    }

    @Override
    public Step<O> step(A action) {
        Step<O> s = env.step(action);
        if (!stepChecked) {
            checkObservation(s.obs(), "step()");
            if (Double.isNaN(s.reward()) || Double.isInfinite(s.reward())) {
                throw new IllegalStateException(
                        env + ".step() returned reward " + s.reward() + ": expected a finite number");
            }
            if (s.info() == null) {
                throw new IllegalStateException(env + ".step() returned a null info map");
            }
            stepChecked = true;
        }
        return s;
    }

    private void checkObservation(O obs, String where) {
        if (!env.observationSpace().contains(obs)) {
            throw new IllegalStateException(env + "." + where + " returned observation " + Spaces.describe(obs)
                    + " outside its observation space " + env.observationSpace());
        }
    }
}
