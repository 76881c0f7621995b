package org.vecrl.core.envs.probe;

import java.util.Map;
import org.vecrl.core.env.Step;
import org.vecrl.core.spaces.Discrete;

/**
 * Probe 3: two steps with one action. From [0] the step gives observation [1] and reward 0 (not done);
 * from [1] it gives observation [0], reward +1 and ends. A correct learner gives V([0]) = gamma and
 * V([1]) = 1; failing it points at multi-step handling, discounting or the next observation.
 */
public final class Probe3 extends ProbeEnv<Integer> {

    public Probe3() {
        super(0f, 1f, new Discrete(1));
    }

    @Override
    protected Step<float[]> transition(float obs, Integer action) {
        if (obs == 0f) {
            return new Step<>(new float[] {1f}, 0.0, false, false, Map.of());
        }
        return end(0f, 1.0);
    }
}
