package org.vecrl.algorithms.tabular;

import org.vecrl.core.env.Env;
import org.vecrl.core.math.ArgMax;

/**
 * Double Q-learning (van Hasselt 2010): two tables; each step, with probability 1/2, one is updated
 * towards {@code r + γ·Q_other[s', argmax_a Q_this[s', a]]}. It acts ε-greedily on their mean,
 * which {@link #q()} returns.
 */
public final class DoubleQLearning extends EpsilonGreedyAgent {
    private final double[][] qA;
    private final double[][] qB;

    public DoubleQLearning(Env<Integer, Integer> env, TabularConfig config, double gamma, long seed) {
        super(env, config, gamma, seed);
        this.qA = q();
        this.qB = q();
    }

    @Override
    public void observe(Experience e) {
        boolean updateA = rng().nextBoolean();
        double[][] learner = updateA ? qA : qB;
        double[][] judge = updateA ? qB : qA;
        int best = ArgMax.of(learner[e.newObs()]);
        tdUpdate(learner, e, judge[e.newObs()][best]);
        q[e.obs()][e.act()] = 0.5 * (qA[e.obs()][e.act()] + qB[e.obs()][e.act()]);
    }
}
