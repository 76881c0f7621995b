package org.vecrl.core.envs.classic;

import java.util.List;
import java.util.random.RandomGenerator;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Discrete;

/**
 * The mountain-car dynamics of Gymnasium's {@code MountainCarEnv} (discrete) and
 * {@code Continuous_MountainCarEnv}, over a state array {@code (position, velocity)} at an offset;
 * shared by {@link MountainCar}, {@link MountainCarContinuous} and their vector versions. Mixed
 * float32/float64 expressions of the Python code are evaluated in double precision.
 */
final class MountainCarPhysics {
    static final int STATE_DIM = 2;
    static final double MIN_POSITION = -1.2;
    static final double MAX_POSITION = 0.6;
    static final double MAX_SPEED = 0.07;
    static final double GOAL_POSITION = 0.5;
    static final double FORCE = 0.001;
    static final double GRAVITY = 0.0025;
    static final double CONTINUOUS_GOAL_POSITION = 0.45;
    static final double POWER = 0.0015;
    static final double MIN_ACTION = -1.0;
    static final double MAX_ACTION = 1.0;
    static final double RESET_LOW = -0.6;
    static final double RESET_HIGH = -0.4;

    static final Discrete ACTION_SPACE = new Discrete(3);
    static final Box CONTINUOUS_ACTION_SPACE = new Box((float) MIN_ACTION, (float) MAX_ACTION, 1);
    static final Box OBSERVATION_SPACE = new Box(
            new float[] {(float) MIN_POSITION, (float) -MAX_SPEED},
            new float[] {(float) MAX_POSITION, (float) MAX_SPEED},
            STATE_DIM);

    /** State length, observation and reset distribution, for both mountain cars and {@link MountainCarVectorEnv}. */
    static final ClassicPhysics MODEL = new ClassicPhysics(
            List.of("position", "velocity"),
            OBSERVATION_SPACE,
            MountainCarPhysics::observe,
            MountainCarPhysics::reset,
            RESET_LOW,
            RESET_HIGH);

    private MountainCarPhysics() {}

    /**
     * One step of the discrete car with action 0 (push left), 1 (none) or 2 (push right); the
     * velocity is clipped to +-0.07, the position to [-1.2, 0.6], and the velocity is zeroed at the
     * left wall. Returns whether position >= 0.5 and velocity >= {@code goalVelocity}.
     */
    static boolean step(double[] s, int off, int action, double goalVelocity) {
        double position = s[off];
        double velocity = s[off + 1];
        velocity += (action - 1) * FORCE + Math.cos(3 * position) * (-GRAVITY);
        velocity = clip(velocity, -MAX_SPEED, MAX_SPEED);
        position += velocity;
        position = clip(position, MIN_POSITION, MAX_POSITION);
        if (position == MIN_POSITION && velocity < 0) {
            velocity = 0;
        }
        s[off] = position;
        s[off + 1] = velocity;
        return position >= GOAL_POSITION && velocity >= goalVelocity;
    }

    /**
     * One step of the continuous car with force {@code action} clipped to [-1, 1]. The goal is
     * position >= 0.45 and velocity >= {@code goalVelocity}, tested before the state is stored as
     * float32 (Gymnasium keeps this env's state in a float32 array).
     */
    static boolean stepContinuous(double[] s, int off, double action, double goalVelocity) {
        double position = s[off];
        double velocity = s[off + 1];
        double force = Math.min(Math.max(action, MIN_ACTION), MAX_ACTION);
        velocity += force * POWER - 0.0025 * Math.cos(3 * position);
        velocity = clip(velocity, -MAX_SPEED, MAX_SPEED);
        position += velocity;
        position = clip(position, MIN_POSITION, MAX_POSITION);
        if (position == MIN_POSITION && velocity < 0) {
            velocity = 0;
        }
        boolean terminated = position >= CONTINUOUS_GOAL_POSITION && velocity >= goalVelocity;
        s[off] = (float) position;
        s[off + 1] = (float) velocity;
        return terminated;
    }

    /** Reward of the discrete car: -1 every step. */
    static double reward() {
        return -1.0;
    }

    /** Reward of the continuous car: 100 on reaching the goal, minus 0.1 * action^2 (unclipped action). */
    static double continuousReward(boolean terminated, double action) {
        return (terminated ? 100.0 : 0.0) - action * action * 0.1;
    }

    private static double clip(double x, double lo, double hi) {
        return Math.min(Math.max(x, lo), hi);
    }

    /** Height of the hill at x: {@code sin(3x) * 0.45 + 0.55}. */
    static double height(double x) {
        return Math.sin(3 * x) * 0.45 + 0.55;
    }

    /** Writes {@code [position, velocity]} as float32. */
    static void observe(double[] s, int off, float[] obs, int obsOff) {
        obs[obsOff] = (float) s[off];
        obs[obsOff + 1] = (float) s[off + 1];
    }

    /** Position uniform in [low, high), velocity 0. */
    static void reset(double[] s, int off, RandomGenerator rng, double low, double high) {
        s[off] = ResetSampling.uniform(rng, low, high);
        s[off + 1] = 0.0;
    }
}
