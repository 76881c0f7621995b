package org.vecrl.core.envs.classic;

import java.util.random.RandomGenerator;

import org.vecrl.core.vector.AutoresetMode;
import org.vecrl.core.vector.NativeVectorEnv;

/**
 * N {@link MountainCar}s or N {@link MountainCarContinuous}es in one {@code double[N * 2]}, stepped
 * by the same {@link MountainCarPhysics}.
 */
public final class MountainCarVectorEnv extends NativeVectorEnv {
    private final double[] states;
    private final double goalVelocity;

    private MountainCarVectorEnv(int numEnvs, Integer maxEpisodeSteps, AutoresetMode mode, double goalVelocity, boolean continuous) {
        super(numEnvs, MountainCarPhysics.OBSERVATION_SPACE,
                continuous ? MountainCarPhysics.CONTINUOUS_ACTION_SPACE : MountainCarPhysics.ACTION_SPACE, maxEpisodeSteps, mode);
        this.states = new double[numEnvs * MountainCarPhysics.STATE_DIM];
        this.goalVelocity = goalVelocity;
    }

    /** N discrete mountain cars ({@code MountainCar-v0}). */
    public static MountainCarVectorEnv discrete(int numEnvs, Integer maxEpisodeSteps, AutoresetMode mode, double goalVelocity) {
        return new MountainCarVectorEnv(numEnvs, maxEpisodeSteps, mode, goalVelocity, false);
    }

    /** N continuous mountain cars ({@code MountainCarContinuous-v0}). */
    public static MountainCarVectorEnv continuous(int numEnvs, Integer maxEpisodeSteps, AutoresetMode mode, double goalVelocity) {
        return new MountainCarVectorEnv(numEnvs, maxEpisodeSteps, mode, goalVelocity, true);
    }

    @Override
    protected void resetEnv(int i, RandomGenerator rng) {
        int off = i * MountainCarPhysics.STATE_DIM;
        MountainCarPhysics.reset(states, off, rng, MountainCarPhysics.RESET_LOW, MountainCarPhysics.RESET_HIGH);
        MountainCarPhysics.observe(states, off, obs, off);
    }

    @Override
    protected double stepEnv(int i, int action) {
        int off = i * MountainCarPhysics.STATE_DIM;
        boolean done = MountainCarPhysics.step(states, off, action, goalVelocity);
        MountainCarPhysics.observe(states, off, obs, off);
        terminated[i] = done;
        return MountainCarPhysics.reward();
    }

    @Override
    protected double stepEnv(int i, float[] actions, int actionOff) {
        int off = i * MountainCarPhysics.STATE_DIM;
        double a = actions[actionOff];
        boolean done = MountainCarPhysics.stepContinuous(states, off, a, goalVelocity);
        MountainCarPhysics.observe(states, off, obs, off);
        terminated[i] = done;
        return MountainCarPhysics.continuousReward(done, a);
    }
}
