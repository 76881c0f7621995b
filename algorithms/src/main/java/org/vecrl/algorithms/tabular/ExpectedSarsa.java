package org.vecrl.algorithms.tabular;

import org.vecrl.core.env.Env;
import org.vecrl.core.math.ArgMax;

/**
 * Expected SARSA: bootstraps from the expectation of {@code Q[s', ·]} under the ε-greedy policy,
 * {@code Q[s,a] += lr·(r + γ·Σ_a' π(a'|s')·Q[s',a'] − Q[s,a])}.
 */
public final class ExpectedSarsa extends EpsilonGreedyAgent {

    public ExpectedSarsa(Env<Integer, Integer> env, TabularConfig config, double gamma, long seed) {
        super(env, config, gamma, seed);
    }

    @Override
    public void observe(Experience e) {
        tdUpdate(q, e, expectedValue(q[e.newObs()]));
    }

    /** {@code Σ_a' π(a'|s')·Q[s',a']} for the ε-greedy policy π on the row {@code next = Q[s', ·]}. */
    private double expectedValue(double[] next) {
        double eps = epsilon();
        double expected = (1 - eps) * next[ArgMax.of(next)];
        for (double v : next) {
            expected += eps / numActions * v;
        }
        return expected;
    }
}
