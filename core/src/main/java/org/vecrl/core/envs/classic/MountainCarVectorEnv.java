package org.vecrl.core.envs.classic;

import org.vecrl.core.vector.AutoresetMode;

/**
 * N {@link MountainCar}s or N {@link MountainCarContinuous}es in one {@code double[N * 2]}, stepped
 * by the same {@link MountainCarPhysics}.
 */
public final class MountainCarVectorEnv extends ClassicVectorEnv {
    private final double goalVelocity;

    private MountainCarVectorEnv(
            int numEnvs, Integer maxEpisodeSteps, AutoresetMode mode, double goalVelocity, boolean continuous) {
        super(
                numEnvs,
                MountainCarPhysics.MODEL,
                continuous ? MountainCarPhysics.CONTINUOUS_ACTION_SPACE : MountainCarPhysics.ACTION_SPACE,
                maxEpisodeSteps,
                mode);
        this.goalVelocity = goalVelocity;
    }

    /** N discrete mountain cars ({@code MountainCar-v0}). */
    public static MountainCarVectorEnv discrete(
            int numEnvs, Integer maxEpisodeSteps, AutoresetMode mode, double goalVelocity) {
        return new MountainCarVectorEnv(numEnvs, maxEpisodeSteps, mode, goalVelocity, false);
    }

    /** N continuous mountain cars ({@code MountainCarContinuous-v0}). */
    public static MountainCarVectorEnv continuous(
            int numEnvs, Integer maxEpisodeSteps, AutoresetMode mode, double goalVelocity) {
        return new MountainCarVectorEnv(numEnvs, maxEpisodeSteps, mode, goalVelocity, true);
    }

    @Override
    protected double stepEnv(int i, int action) {
        boolean done = MountainCarPhysics.step(states, stateOffset(i), action, goalVelocity);
        return observed(i, done, MountainCarPhysics.reward());
    }

    @Override
    protected double stepEnv(int i, float[] actions, int actionOff) {
        double a = actions[actionOff];
        boolean done = MountainCarPhysics.stepContinuous(states, stateOffset(i), a, goalVelocity);
        return observed(i, done, MountainCarPhysics.continuousReward(done, a));
    }
}
