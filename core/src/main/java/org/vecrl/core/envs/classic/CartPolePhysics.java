package org.vecrl.core.envs.classic;

import java.util.List;
import java.util.random.RandomGenerator;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Discrete;

/**
 * The cart-pole dynamics of Gymnasium's {@code CartPoleEnv} (Euler integration), as functions over
 * a state array {@code (x, x_dot, theta, theta_dot)} at an offset. {@link CartPole} and
 * {@link CartPoleVectorEnv} both step through {@link #step}, so the equations exist once.
 */
final class CartPolePhysics {
    static final int STATE_DIM = 4;
    static final double GRAVITY = 9.8;
    static final double MASSCART = 1.0;
    static final double MASSPOLE = 0.1;
    static final double TOTAL_MASS = MASSPOLE + MASSCART;
    /** Half the pole's length. */
    static final double LENGTH = 0.5;

    static final double POLEMASS_LENGTH = MASSPOLE * LENGTH;
    static final double FORCE_MAG = 10.0;
    static final double TAU = 0.02;
    static final double THETA_THRESHOLD_RADIANS = 12 * 2 * Math.PI / 360;
    static final double X_THRESHOLD = 2.4;
    static final double RESET_LOW = -0.05;
    static final double RESET_HIGH = 0.05;

    static final Discrete ACTION_SPACE = new Discrete(2);
    static final Box OBSERVATION_SPACE;

    static {
        float[] high = {
            (float) (X_THRESHOLD * 2), Float.MAX_VALUE, (float) (THETA_THRESHOLD_RADIANS * 2), Float.MAX_VALUE
        };
        float[] low = new float[high.length];
        for (int k = 0; k < high.length; k++) {
            low[k] = -high[k];
        }
        OBSERVATION_SPACE = new Box(low, high, 4);
    }

    /** State length, observation and reset distribution, for {@link CartPole} and {@link CartPoleVectorEnv}. */
    static final ClassicPhysics MODEL = new ClassicPhysics(
            List.of("x", "x_dot", "theta", "theta_dot"),
            OBSERVATION_SPACE,
            CartPolePhysics::observe,
            CartPolePhysics::reset,
            RESET_LOW,
            RESET_HIGH);

    private CartPolePhysics() {}

    /**
     * One Euler step with action 0 (push left) or 1 (push right); the action must already be
     * valid. Returns whether the new state is terminal (|x| > 2.4 or |theta| > 12 degrees).
     */
    static boolean step(double[] s, int off, int action) {
        double x = s[off];
        double xDot = s[off + 1];
        double theta = s[off + 2];
        double thetaDot = s[off + 3];
        double force = FORCE_MAG * (2 * action - 1);
        double costheta = SmallAngleTrig.cos(theta);
        double sintheta = SmallAngleTrig.sin(theta);
        double temp = (force + POLEMASS_LENGTH * (thetaDot * thetaDot) * sintheta) / TOTAL_MASS;
        double thetaAcc = (GRAVITY * sintheta - costheta * temp)
                / (LENGTH * (4.0 / 3.0 - MASSPOLE * (costheta * costheta) / TOTAL_MASS));
        double xAcc = temp - POLEMASS_LENGTH * thetaAcc * costheta / TOTAL_MASS;
        x = x + TAU * xDot;
        xDot = xDot + TAU * xAcc;
        theta = theta + TAU * thetaDot;
        thetaDot = thetaDot + TAU * thetaAcc;
        s[off] = x;
        s[off + 1] = xDot;
        s[off + 2] = theta;
        s[off + 3] = thetaDot;
        return x < -X_THRESHOLD | x > X_THRESHOLD | theta < -THETA_THRESHOLD_RADIANS | theta > THETA_THRESHOLD_RADIANS;
    }

    /**
     * The reward of a step from a non-terminal state: 1 (also on the terminating step) by default;
     * with Sutton and Barto's reward 0, or -1 on the terminating step.
     */
    static double reward(boolean terminated, boolean suttonBartoReward) {
        if (suttonBartoReward) {
            return terminated ? -1.0 : 0.0;
        }
        return 1.0;
    }

    /** Writes the float32 observation of the state at {@code off} into {@code obs} at {@code obsOff}. */
    static void observe(double[] s, int off, float[] obs, int obsOff) {
        obs[obsOff] = (float) s[off];
        obs[obsOff + 1] = (float) s[off + 1];
        obs[obsOff + 2] = (float) s[off + 2];
        obs[obsOff + 3] = (float) s[off + 3];
    }

    /** Draws each state variable uniformly from [low, high). */
    static void reset(double[] s, int off, RandomGenerator rng, double low, double high) {
        ResetSampling.uniform(rng, low, high, s, off, STATE_DIM);
    }
}
