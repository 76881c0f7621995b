package org.vecrl.core.envs.classic;

import java.util.random.RandomGenerator;

import org.vecrl.core.vector.AutoresetMode;
import org.vecrl.core.vector.NativeVectorEnv;

/** N {@link Pendulum}s in one {@code double[N * 2]}, stepped by the same {@link PendulumPhysics}. */
public final class PendulumVectorEnv extends NativeVectorEnv {
    private final double[] states;
    private final double g;

    /**
     * @param numEnvs         N
     * @param maxEpisodeSteps truncation limit, or null
     * @param mode            autoreset mode
     * @param g               gravity
     */
    public PendulumVectorEnv(int numEnvs, Integer maxEpisodeSteps, AutoresetMode mode, double g) {
        super(numEnvs, PendulumPhysics.OBSERVATION_SPACE, PendulumPhysics.ACTION_SPACE, maxEpisodeSteps, mode);
        this.states = new double[numEnvs * PendulumPhysics.STATE_DIM];
        this.g = g;
    }

    @Override
    protected void resetEnv(int i, RandomGenerator rng) {
        int off = i * PendulumPhysics.STATE_DIM;
        PendulumPhysics.reset(states, off, rng, PendulumPhysics.DEFAULT_X, PendulumPhysics.DEFAULT_Y);
        PendulumPhysics.observe(states, off, obs, i * PendulumPhysics.OBS_DIM);
    }

    @Override
    protected double stepEnv(int i, float[] actions, int actionOff) {
        int off = i * PendulumPhysics.STATE_DIM;
        double costs = PendulumPhysics.step(states, off, actions[actionOff], g);
        PendulumPhysics.observe(states, off, obs, i * PendulumPhysics.OBS_DIM);
        terminated[i] = false;
        return -costs;
    }
}
