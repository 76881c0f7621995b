package org.vecrl.core.wrappers.vector;

import java.util.Map;
import java.util.Objects;
import org.vecrl.core.spaces.Space;
import org.vecrl.core.vector.AutoresetMode;
import org.vecrl.core.vector.VectorEnv;

/**
 * Base of the {@link VectorEnv} decorators (Gymnasium's {@code VectorWrapper}): forwards every call
 * to the wrapped env; a subclass overrides what it changes, and {@link #afterStep} to act on each
 * step's results.
 */
public abstract class VectorEnvWrapper implements VectorEnv {
    /** The wrapped env. */
    protected final VectorEnv env;

    protected VectorEnvWrapper(VectorEnv env) {
        this.env = Objects.requireNonNull(env, "env");
    }

    /** The wrapped env. */
    public final VectorEnv wrapped() {
        return env;
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
    public void reset(Long seed) {
        env.reset(seed);
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

    /** Called after each step of the wrapped env (discrete or continuous); does nothing here. */
    protected void afterStep() {}

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
        return getClass().getSimpleName() + "(" + env + ")";
    }
}
