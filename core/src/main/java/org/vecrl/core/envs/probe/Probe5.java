package org.vecrl.core.envs.probe;

import org.vecrl.core.env.Step;
import org.vecrl.core.spaces.Discrete;

/**
 * Probe 5: observation [0] or [1] with probability 1/2 each (environment generator), two actions, one
 * step; reward +1 when the action equals the observation, else -1. A correct learner gives
 * Q([0]) = [+1, -1] and Q([1]) = [-1, +1]; failing it points at the observation-to-action mapping.
 */
public final class Probe5 extends ProbeEnv<Integer> {

    public Probe5() {
        super(0f, 1f, new Discrete(2));
    }

    @Override
    protected float firstObservation() {
        return rng().nextBoolean() ? 1f : 0f;
    }

    @Override
    protected Step<float[]> transition(float obs, Integer action) {
        return end(obs, action == (int) obs ? 1.0 : -1.0);
    }
}
