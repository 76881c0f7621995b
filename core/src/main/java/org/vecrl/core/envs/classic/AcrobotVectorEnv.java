package org.vecrl.core.envs.classic;

import org.vecrl.core.vector.AutoresetMode;

/** N {@link Acrobot}s in one {@code double[N * 4]}, stepped by the same {@link AcrobotPhysics}. */
public final class AcrobotVectorEnv extends ClassicVectorEnv {
    private final double[] work = new double[AcrobotPhysics.WORK_SIZE];

    /**
     * @param numEnvs         N
     * @param maxEpisodeSteps truncation limit, or null
     * @param mode            autoreset mode
     */
    public AcrobotVectorEnv(int numEnvs, Integer maxEpisodeSteps, AutoresetMode mode) {
        super(numEnvs, AcrobotPhysics.MODEL, AcrobotPhysics.ACTION_SPACE, maxEpisodeSteps, mode);
    }

    @Override
    protected double stepEnv(int i, int action) {
        boolean done = AcrobotPhysics.step(states, stateOffset(i), action, work);
        return observed(i, done, AcrobotPhysics.reward(done));
    }
}
