package org.vecrl.algorithms.tabular;

import org.vecrl.core.env.Env;
import org.vecrl.core.envs.tabular.RewardMode;
import org.vecrl.core.envs.tabular.TabularModel;

/**
 * An agent that cheats to give an upper bound for the learners: it reads the env's model ({@code env.unwrapped()} must be a
 * {@link TabularModel}), computes the optimal policy by policy iteration and acts it.
 */
public final class TabularCheater extends TabularAgent {
    private final int[] policy;

    /** A cheater planning in MEAN reward mode. */
    public TabularCheater(Env<Integer, Integer> env, double gamma, long seed) {
        this(env, gamma, seed, RewardMode.MEAN);
    }

    public TabularCheater(Env<Integer, Integer> env, double gamma, long seed, RewardMode mode) {
        super(env, gamma, seed);
        if (!(env.unwrapped() instanceof TabularModel model)) {
            throw new IllegalArgumentException(
                    "env " + env + " has no known model: expected an env whose unwrapped() is a TabularModel");
        }
        this.policy = DynamicProgramming.policyIteration(model, gamma, 10_000, mode);
    }

    /** The optimal policy it acts (a copy). */
    public int[] policy() {
        return policy.clone();
    }

    @Override
    public int getAction(int state) {
        return policy[state];
    }
}
