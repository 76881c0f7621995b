package org.vecrl.algorithms.dqn;

import java.util.random.RandomGenerator;
import org.vecrl.algorithms.train.Policy;

/**
 * Acts from a Q-network: greedy when deterministic, otherwise epsilon-greedy with
 * {@value #EVAL_EPSILON} (CleanRL's evaluation epsilon).
 */
final class QPolicy implements Policy {
    static final double EVAL_EPSILON = 0.05;

    private final QFunction q;
    private final float[] values;
    private final int[] action = new int[1];

    QPolicy(QFunction q) {
        this.q = q;
        this.values = new float[q.numActions()];
    }

    @Override
    public Object act(float[] obs, boolean deterministic, RandomGenerator rng) {
        EpsilonGreedy.actions(q, obs, 1, deterministic ? 0 : EVAL_EPSILON, rng, action, values);
        return action[0];
    }
}
