package org.vecrl.core.envs.probe;

import org.vecrl.core.env.Step;
import org.vecrl.core.spaces.Discrete;

/**
 * Probe 1: observation [0], one action, reward +1, one step. A correct value learner gives
 * V([0]) = Q([0], 0) = 1; failing it points at the loss or the optimiser.
 */
public final class Probe1 extends ProbeEnv<Integer> {

    public Probe1() {
        super(0f, 0f, new Discrete(1));
    }

    @Override
    protected Step<float[]> transition(float obs, Integer action) {
        return end(0f, 1.0);
    }
}
