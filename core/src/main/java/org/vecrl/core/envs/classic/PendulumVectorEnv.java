package org.vecrl.core.envs.classic;

import org.vecrl.core.vector.AutoresetMode;

/** N {@link Pendulum}s in one {@code double[N * 2]}, stepped by the same {@link PendulumPhysics}. */
public final class PendulumVectorEnv extends ClassicVectorEnv {
    private final double g;

    /**
     * @param numEnvs         N
     * @param maxEpisodeSteps truncation limit, or null
     * @param mode            autoreset mode
     * @param g               gravity
     */
    public PendulumVectorEnv(int numEnvs, Integer maxEpisodeSteps, AutoresetMode mode, double g) {
        super(numEnvs, PendulumPhysics.MODEL, PendulumPhysics.ACTION_SPACE, maxEpisodeSteps, mode);
        this.g = g;
    }

    @Override
    protected double stepEnv(int i, float[] actions, int actionOff) {
        double costs = PendulumPhysics.step(states, stateOffset(i), actions[actionOff], g);
        return observed(i, false, -costs);
    }
}
