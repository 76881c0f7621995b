package org.vecrl.algorithms.tabular;

import org.vecrl.core.env.Env;
import org.vecrl.core.math.ArgMax;

/** Q-learning: {@code Q[s,a] += lr·(r + γ·max_a' Q[s',a'] − Q[s,a])}, with target {@code r} into a terminal state. */
public final class QLearning extends EpsilonGreedyAgent {

    public QLearning(Env<Integer, Integer> env, TabularConfig config, double gamma, long seed) {
        super(env, config, gamma, seed);
    }

    @Override
    public void observe(Experience e) {
        double[] next = q[e.newObs()];
        tdUpdate(q, e, next[ArgMax.of(next)]);
    }
}
