package org.vecrl.core.envs.probe;

/**
 * Continuous probe 5: observation [+1] or [-1] with probability 1/2 each (environment generator), an
 * action a in [-1, 1], one step, reward {@code -(a - 0.5 * obs)^2}. The optimum is
 * a = {@value #GAIN} times the observation (+0.5 for [+1], -0.5 for [-1]; reward 0); a Gaussian
 * policy's mean should follow the observation. Failing it points at the observation-to-action mapping.
 */
public final class ProbeContinuous5 extends ContinuousProbe {
    /** The optimal action per unit of observation. */
    public static final double GAIN = 0.5;

    public ProbeContinuous5() {
        super(-1f, 1f);
    }

    @Override
    protected float firstObservation() {
        return randomSign();
    }

    @Override
    public double target(float obs) {
        return GAIN * obs;
    }
}
