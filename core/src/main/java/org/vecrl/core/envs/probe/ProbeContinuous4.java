package org.vecrl.core.envs.probe;

/**
 * Continuous probe 4: observation [0], an action a in [-1, 1], one step, reward {@code -(a - 0.5)^2}.
 * The optimum is the constant action {@value #OPTIMAL_ACTION} (reward 0); a Gaussian policy's mean
 * should converge to it. Failing it points at the continuous policy update.
 */
public final class ProbeContinuous4 extends ContinuousProbe {
    /** The action with the highest reward. */
    public static final double OPTIMAL_ACTION = 0.5;

    public ProbeContinuous4() {
        super(0f, 0f);
    }

    @Override
    public double target(float obs) {
        return OPTIMAL_ACTION;
    }
}
