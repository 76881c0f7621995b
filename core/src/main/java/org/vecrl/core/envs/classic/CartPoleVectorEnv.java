package org.vecrl.core.envs.classic;

import java.util.random.RandomGenerator;

import org.vecrl.core.vector.AutoresetMode;
import org.vecrl.core.vector.NativeVectorEnv;

/** N {@link CartPole}s in one {@code double[N * 4]}, stepped by the same {@link CartPolePhysics}. */
public final class CartPoleVectorEnv extends NativeVectorEnv {
    private final double[] states;
    private final boolean suttonBartoReward;

    /**
     * @param numEnvs           N
     * @param maxEpisodeSteps   truncation limit, or null
     * @param mode              autoreset mode
     * @param suttonBartoReward as {@link CartPole}'s kwarg
     */
    public CartPoleVectorEnv(int numEnvs, Integer maxEpisodeSteps, AutoresetMode mode, boolean suttonBartoReward) {
        super(numEnvs, CartPolePhysics.OBSERVATION_SPACE, CartPolePhysics.ACTION_SPACE, maxEpisodeSteps, mode);
        this.states = new double[numEnvs * CartPolePhysics.STATE_DIM];
        this.suttonBartoReward = suttonBartoReward;
    }

    @Override
    protected void resetEnv(int i, RandomGenerator rng) {
        int off = i * CartPolePhysics.STATE_DIM;
        CartPolePhysics.reset(states, off, rng, CartPolePhysics.RESET_LOW, CartPolePhysics.RESET_HIGH);
        CartPolePhysics.observe(states, off, obs, off);
    }

    @Override
    protected double stepEnv(int i, int action) {
        int off = i * CartPolePhysics.STATE_DIM;
        boolean done = CartPolePhysics.step(states, off, action);
        CartPolePhysics.observe(states, off, obs, off);
        terminated[i] = done;
        return CartPolePhysics.reward(done, suttonBartoReward);
    }
}
