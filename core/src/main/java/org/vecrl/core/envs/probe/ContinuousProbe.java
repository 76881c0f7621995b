package org.vecrl.core.envs.probe;

import org.vecrl.core.env.Step;
import org.vecrl.core.spaces.Box;

/**
 * Base of the one-step probes with a one-dimensional action in [-1, 1] (for Gaussian policies): the
 * reward is {@code -(a - target(obs))^2}, so the optimal action is {@code target(obs)} with reward 0.
 * Actions outside [-1, 1] are rejected: clip sampled actions before stepping.
 */
abstract class ContinuousProbe extends ProbeEnv<float[]> {

    ContinuousProbe(float obsLow, float obsHigh) {
        super(obsLow, obsHigh, new Box(-1f, 1f, 1));
    }

    /** The optimal action for the observation {@code obs}. */
    public abstract double target(float obs);

    @Override
    protected final Step<float[]> transition(float obs, float[] action) {
        double error = action[0] - target(obs);
        return end(obs, -error * error);
    }
}
