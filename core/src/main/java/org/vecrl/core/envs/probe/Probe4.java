package org.vecrl.core.envs.probe;

import org.vecrl.core.env.Step;
import org.vecrl.core.spaces.Discrete;

/**
 * Probe 4: observation [0], two actions, one step; action 0 gives reward -1 and action 1 gives +1.
 * A correct learner gives Q([0]) = [-1, +1] and a policy that prefers action 1; failing it points at
 * the policy or action update.
 */
public final class Probe4 extends ProbeEnv<Integer> {

    public Probe4() {
        super(0f, 0f, new Discrete(2));
    }

    @Override
    protected Step<float[]> transition(float obs, Integer action) {
        return end(0f, action == 1 ? 1.0 : -1.0);
    }
}
