package org.vecrl.core.envs.probe;

import org.vecrl.core.env.Step;
import org.vecrl.core.spaces.Discrete;

/**
 * Probe 2: observation [+1] or [-1] with probability 1/2 each (environment generator), one action,
 * reward equal to the observation, one step. A correct learner gives V([-1]) = -1 and V([+1]) = +1;
 * failing it points at the handling of several observations.
 */
public final class Probe2 extends ProbeEnv<Integer> {

    public Probe2() {
        super(-1f, 1f, new Discrete(1));
    }

    @Override
    protected float firstObservation() {
        return randomSign();
    }

    @Override
    protected Step<float[]> transition(float obs, Integer action) {
        return end(obs, obs);
    }
}
