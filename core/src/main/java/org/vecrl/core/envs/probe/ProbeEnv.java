package org.vecrl.core.envs.probe;

import java.util.Map;
import org.vecrl.core.env.AbstractEnv;
import org.vecrl.core.env.Reset;
import org.vecrl.core.env.Step;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Space;
import org.vecrl.core.state.StateStore;

/**
 * Base of the probe environments, tiny tasks with known values for debugging a learner: a one-element
 * {@link Box} observation, episodes of one or two steps, and a terminal step that reports
 * {@code terminated = true} and {@code truncated = true}.
 * Subclasses give the transition from the current observation and, when it is not 0, the first observation.
 */
abstract class ProbeEnv<A> extends AbstractEnv<float[], A> {
    private final Box observationSpace;
    private final Space<A> actionSpace;
    private float observation;

    ProbeEnv(float obsLow, float obsHigh, Space<A> actionSpace) {
        this.observationSpace = new Box(obsLow, obsHigh, 1);
        this.actionSpace = actionSpace;
    }

    @Override
    public final Space<A> actionSpace() {
        return actionSpace;
    }

    @Override
    public final Space<float[]> observationSpace() {
        return observationSpace;
    }

    @Override
    public final Reset<float[]> reset(Long seed, Map<String, Object> options) {
        seed(seed);
        observation = firstObservation();
        return new Reset<>(new float[] {observation}, Map.of());
    }

    @Override
    public final Step<float[]> step(A action) {
        actionSpace.check(action, "action");
        Step<float[]> s = transition(observation, action);
        observation = s.obs()[0];
        return s;
    }

    @Override
    protected final boolean savesState() {
        return true;
    }

    /** Saves the current observation, the whole state of a probe. */
    @Override
    protected final void saveEnvState(StateStore out, String prefix) {
        out.putFloats(prefix + "observation", new float[] {observation});
    }

    @Override
    protected final void restoreEnvState(StateStore in, String prefix) {
        observation = in.getFloats(prefix + "observation")[0];
    }

    /** The first observation of an episode: 0 unless overridden; may draw from {@link #rng()}. */
    protected float firstObservation() {
        return 0f;
    }

    /** The step taken with {@code action} (already checked) from the observation {@code obs}. */
    protected abstract Step<float[]> transition(float obs, A action);

    /** A terminal step: observation {@code obs}, the reward, and both end flags set. */
    protected static Step<float[]> end(float obs, double reward) {
        return new Step<>(new float[] {obs}, reward, true, true, Map.of());
    }

    /** +1 or -1 with probability 1/2 each, from the environment generator. */
    protected final float randomSign() {
        return rng().nextBoolean() ? 1f : -1f;
    }
}
