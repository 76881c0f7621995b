package org.vecrl.algorithms.tabular;

import org.vecrl.core.env.Env;

/** The baseline that picks a uniformly random action in every state. */
public final class TabularRandom extends TabularAgent {

    public TabularRandom(Env<Integer, Integer> env, double gamma, long seed) {
        super(env, gamma, seed);
    }

    @Override
    public int getAction(int state) {
        return rng().nextInt(numActions);
    }
}
