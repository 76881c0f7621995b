package org.vecrl.core.envs.classic;

import java.util.random.RandomGenerator;

import org.vecrl.core.vector.AutoresetMode;
import org.vecrl.core.vector.NativeVectorEnv;

/** N {@link Acrobot}s in one {@code double[N * 4]}, stepped by the same {@link AcrobotPhysics}. */
public final class AcrobotVectorEnv extends NativeVectorEnv {
    private final double[] states;
    private final double[] work = new double[AcrobotPhysics.WORK_SIZE];

    /**
     * @param numEnvs         N
     * @param maxEpisodeSteps truncation limit, or null
     * @param mode            autoreset mode
     */
    public AcrobotVectorEnv(int numEnvs, Integer maxEpisodeSteps, AutoresetMode mode) {
        super(numEnvs, AcrobotPhysics.OBSERVATION_SPACE, AcrobotPhysics.ACTION_SPACE, maxEpisodeSteps, mode);
        this.states = new double[numEnvs * AcrobotPhysics.STATE_DIM];
    }

    @Override
    protected void resetEnv(int i, RandomGenerator rng) {
        int off = i * AcrobotPhysics.STATE_DIM;
        AcrobotPhysics.reset(states, off, rng, AcrobotPhysics.RESET_LOW, AcrobotPhysics.RESET_HIGH);
        AcrobotPhysics.observe(states, off, obs, i * AcrobotPhysics.OBS_DIM);
    }

    @Override
    protected double stepEnv(int i, int action) {
        int off = i * AcrobotPhysics.STATE_DIM;
        boolean done = AcrobotPhysics.step(states, off, action, work);
        AcrobotPhysics.observe(states, off, obs, i * AcrobotPhysics.OBS_DIM);
        terminated[i] = done;
        return AcrobotPhysics.reward(done);
    }
}
