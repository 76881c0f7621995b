package org.vecrl.core.envs.classic;

import org.vecrl.core.vector.AutoresetMode;

/** N {@link CartPole}s in one {@code double[N * 4]}, stepped by the same {@link CartPolePhysics}. */
public final class CartPoleVectorEnv extends ClassicVectorEnv {
    private final boolean suttonBartoReward;

    /**
     * @param numEnvs           N
     * @param maxEpisodeSteps   truncation limit, or null
     * @param mode              autoreset mode
     * @param suttonBartoReward as {@link CartPole}'s kwarg
     */
    public CartPoleVectorEnv(int numEnvs, Integer maxEpisodeSteps, AutoresetMode mode, boolean suttonBartoReward) {
        super(numEnvs, CartPolePhysics.MODEL, CartPolePhysics.ACTION_SPACE, maxEpisodeSteps, mode);
        this.suttonBartoReward = suttonBartoReward;
    }

    @Override
    protected double stepEnv(int i, int action) {
        boolean done = CartPolePhysics.step(states, stateOffset(i), action);
        return observed(i, done, CartPolePhysics.reward(done, suttonBartoReward));
    }
}
