package org.vecrl.core.envs.classic;

import java.util.List;
import java.util.random.RandomGenerator;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Discrete;

/**
 * The acrobot dynamics of Gymnasium's {@code AcrobotEnv} ("book" equations, one RK4 step of
 * {@code dt = 0.2} with Gymnasium's {@code rk4}, angles wrapped to [-pi, pi], velocities bounded,
 * no torque noise), over a state array {@code (theta1, theta2, dtheta1, dtheta2)} at an offset;
 * shared by {@link Acrobot} and {@link AcrobotVectorEnv}.
 */
final class AcrobotPhysics {
    static final int STATE_DIM = 4;
    static final int OBS_DIM = 6;
    /** Length of the scratch array {@link #step} needs. */
    static final int WORK_SIZE = 5 * STATE_DIM;

    static final double DT = 0.2;
    static final double LINK_LENGTH_1 = 1.0;
    static final double LINK_LENGTH_2 = 1.0;
    static final double LINK_MASS_1 = 1.0;
    static final double LINK_MASS_2 = 1.0;
    static final double LINK_COM_POS_1 = 0.5;
    static final double LINK_COM_POS_2 = 0.5;
    static final double LINK_MOI = 1.0;
    static final double MAX_VEL_1 = 4 * Math.PI;
    static final double MAX_VEL_2 = 9 * Math.PI;
    static final double GRAVITY = 9.8;
    private static final double[] AVAIL_TORQUE = {-1.0, 0.0, 1.0};
    static final double RESET_LOW = -0.1;
    static final double RESET_HIGH = 0.1;

    static final Discrete ACTION_SPACE = new Discrete(3);
    static final Box OBSERVATION_SPACE = new Box(
            new float[] {-1f, -1f, -1f, -1f, (float) -MAX_VEL_1, (float) -MAX_VEL_2},
            new float[] {1f, 1f, 1f, 1f, (float) MAX_VEL_1, (float) MAX_VEL_2},
            OBS_DIM);

    /** State length, observation and reset distribution, for {@link Acrobot} and {@link AcrobotVectorEnv}. */
    static final ClassicPhysics MODEL = new ClassicPhysics(
            List.of("theta1", "theta2", "theta1_dot", "theta2_dot"),
            OBSERVATION_SPACE,
            AcrobotPhysics::observe,
            AcrobotPhysics::reset,
            RESET_LOW,
            RESET_HIGH);

    private static final int K1 = 0;
    private static final int K2 = STATE_DIM;
    private static final int K3 = 2 * STATE_DIM;
    private static final int K4 = 3 * STATE_DIM;
    private static final int Y = 4 * STATE_DIM;

    private AcrobotPhysics() {}

    /**
     * One step with torque {@code [-1, 0, 1][action]} (the action must already be valid), using
     * {@code work} (at least {@link #WORK_SIZE} long) as scratch. Returns whether the tip is above
     * the bar: {@code -cos(theta1) - cos(theta2 + theta1) > 1}.
     */
    static boolean step(double[] s, int off, int action, double[] work) {
        double torque = AVAIL_TORQUE[action];
        double dt = DT;
        double dt2 = dt / 2.0;
        dsdt(s, off, torque, work, K1);
        for (int j = 0; j < STATE_DIM; j++) {
            work[Y + j] = s[off + j] + dt2 * work[K1 + j];
        }
        dsdt(work, Y, torque, work, K2);
        for (int j = 0; j < STATE_DIM; j++) {
            work[Y + j] = s[off + j] + dt2 * work[K2 + j];
        }
        dsdt(work, Y, torque, work, K3);
        for (int j = 0; j < STATE_DIM; j++) {
            work[Y + j] = s[off + j] + dt * work[K3 + j];
        }
        dsdt(work, Y, torque, work, K4);
        for (int j = 0; j < STATE_DIM; j++) {
            s[off + j] = s[off + j] + dt / 6.0 * (work[K1 + j] + 2 * work[K2 + j] + 2 * work[K3 + j] + work[K4 + j]);
        }
        s[off] = wrap(s[off], -Math.PI, Math.PI);
        s[off + 1] = wrap(s[off + 1], -Math.PI, Math.PI);
        s[off + 2] = bound(s[off + 2], -MAX_VEL_1, MAX_VEL_1);
        s[off + 3] = bound(s[off + 3], -MAX_VEL_2, MAX_VEL_2);
        return -Math.cos(s[off]) - Math.cos(s[off + 1] + s[off]) > 1.0;
    }

    /** Reward of a step: -1, or 0 when it reached the goal. */
    static double reward(boolean terminated) {
        return terminated ? 0.0 : -1.0;
    }

    /**
     * The time derivative of {@code y[yo .. yo + 4)} under {@code torque} (the torque's own
     * derivative is 0), written to {@code out[oo .. oo + 4)}.
     */
    private static void dsdt(double[] y, int yo, double a, double[] out, int oo) {
        double m1 = LINK_MASS_1;
        double m2 = LINK_MASS_2;
        double l1 = LINK_LENGTH_1;
        double lc1 = LINK_COM_POS_1;
        double lc2 = LINK_COM_POS_2;
        double i1 = LINK_MOI;
        double i2 = LINK_MOI;
        double g = GRAVITY;
        double theta1 = y[yo];
        double theta2 = y[yo + 1];
        double dtheta1 = y[yo + 2];
        double dtheta2 = y[yo + 3];
        double cos2 = Math.cos(theta2);
        double sin2 = Math.sin(theta2);
        double d1 = m1 * (lc1 * lc1) + m2 * (l1 * l1 + lc2 * lc2 + 2 * l1 * lc2 * cos2) + i1 + i2;
        double d2 = m2 * (lc2 * lc2 + l1 * lc2 * cos2) + i2;
        double phi2 = m2 * lc2 * g * Math.cos(theta1 + theta2 - Math.PI / 2.0);
        double phi1 = -m2 * l1 * lc2 * (dtheta2 * dtheta2) * sin2
                - 2 * m2 * l1 * lc2 * dtheta2 * dtheta1 * sin2
                + (m1 * lc1 + m2 * l1) * g * Math.cos(theta1 - Math.PI / 2)
                + phi2;
        double ddtheta2 = (a + d2 / d1 * phi1 - m2 * l1 * lc2 * (dtheta1 * dtheta1) * sin2 - phi2)
                / (m2 * (lc2 * lc2) + i2 - (d2 * d2) / d1);
        double ddtheta1 = -(d2 * ddtheta2 + phi1) / d1;
        out[oo] = dtheta1;
        out[oo + 1] = dtheta2;
        out[oo + 2] = ddtheta1;
        out[oo + 3] = ddtheta2;
    }

    /** Gymnasium's {@code wrap}: shifts x by multiples of (hi - lo) into [lo, hi]. */
    static double wrap(double x, double lo, double hi) {
        double diff = hi - lo;
        while (x > hi) {
            x = x - diff;
        }
        while (x < lo) {
            x = x + diff;
        }
        return x;
    }

    /** Gymnasium's {@code bound}: {@code min(max(x, lo), hi)}. */
    static double bound(double x, double lo, double hi) {
        return Math.min(Math.max(x, lo), hi);
    }

    /** Writes {@code [cos t1, sin t1, cos t2, sin t2, dt1, dt2]} as float32. */
    static void observe(double[] s, int off, float[] obs, int obsOff) {
        obs[obsOff] = (float) Math.cos(s[off]);
        obs[obsOff + 1] = (float) Math.sin(s[off]);
        obs[obsOff + 2] = (float) Math.cos(s[off + 1]);
        obs[obsOff + 3] = (float) Math.sin(s[off + 1]);
        obs[obsOff + 4] = (float) s[off + 2];
        obs[obsOff + 5] = (float) s[off + 3];
    }

    /** Each state variable uniform in [low, high), rounded to float32 as Gymnasium's {@code astype(np.float32)}. */
    static void reset(double[] s, int off, RandomGenerator rng, double low, double high) {
        for (int j = 0; j < STATE_DIM; j++) {
            s[off + j] = (float) ResetSampling.uniform(rng, low, high);
        }
    }
}
