package org.vecrl.core.envs.classic;

import java.util.List;
import java.util.random.RandomGenerator;
import org.vecrl.core.spaces.Box;

/**
 * The inverted-pendulum dynamics of Gymnasium's {@code PendulumEnv}, over a state array
 * {@code (theta, theta_dot)} at an offset; shared by {@link Pendulum} and {@link PendulumVectorEnv}.
 */
final class PendulumPhysics {
    static final int OBS_DIM = 3;
    static final double MAX_SPEED = 8;
    static final float MAX_TORQUE = 2.0f;
    static final double DT = 0.05;
    static final double M = 1.0;
    static final double L = 1.0;
    static final double DEFAULT_X = Math.PI;
    static final double DEFAULT_Y = 1.0;

    static final Box ACTION_SPACE = new Box(-MAX_TORQUE, MAX_TORQUE, 1);
    static final Box OBSERVATION_SPACE =
            new Box(new float[] {-1f, -1f, (float) -MAX_SPEED}, new float[] {1f, 1f, (float) MAX_SPEED}, OBS_DIM);

    /** State length, observation and reset distribution, for {@link Pendulum} and {@link PendulumVectorEnv}. */
    static final ClassicPhysics MODEL = new ClassicPhysics(
            List.of("theta", "theta_dot"),
            OBSERVATION_SPACE,
            PendulumPhysics::observe,
            PendulumPhysics::reset,
            DEFAULT_X,
            DEFAULT_Y);

    private PendulumPhysics() {}

    /** The torque actually applied for {@code action}: clipped to [-2, 2], a float32 as in Gymnasium. */
    static float torque(float action) {
        return Math.min(Math.max(action, -MAX_TORQUE), MAX_TORQUE);
    }

    /**
     * One step with gravity {@code g} and torque {@code u = torque(action)}; returns the cost
     * {@code angle_normalize(th)^2 + 0.1 * thdot^2 + 0.001 * u^2} of the state before the step
     * (u^2 in float32, as NumPy squares a float32). The reward is minus the cost.
     */
    static double step(double[] s, int off, float action, double g) {
        double th = s[off];
        double thdot = s[off + 1];
        float u = torque(action);
        double an = angleNormalize(th);
        double costs = an * an + 0.1 * (thdot * thdot) + 0.001 * (u * u);
        double newthdot = thdot + (3 * g / (2 * L) * Math.sin(th) + 3.0 / (M * (L * L)) * u) * DT;
        newthdot = Math.min(Math.max(newthdot, -MAX_SPEED), MAX_SPEED);
        double newth = th + newthdot * DT;
        s[off] = newth;
        s[off + 1] = newthdot;
        return costs;
    }

    /** {@code ((x + pi) mod 2pi) - pi} with NumPy's floored modulo (result of the divisor's sign). */
    static double angleNormalize(double x) {
        double period = 2 * Math.PI;
        double mod = (x + Math.PI) % period;
        if (mod < 0) {
            mod += period;
        } else if (mod == 0) {
            mod = 0.0;
        }
        return mod - Math.PI;
    }

    /** Writes {@code [cos th, sin th, thdot]} as float32. */
    static void observe(double[] s, int off, float[] obs, int obsOff) {
        obs[obsOff] = (float) Math.cos(s[off]);
        obs[obsOff + 1] = (float) Math.sin(s[off]);
        obs[obsOff + 2] = (float) s[off + 1];
    }

    /** theta uniform in [-x, x), theta_dot uniform in [-y, y). */
    static void reset(double[] s, int off, RandomGenerator rng, double x, double y) {
        s[off] = ResetSampling.uniform(rng, -x, x);
        s[off + 1] = ResetSampling.uniform(rng, -y, y);
    }
}
