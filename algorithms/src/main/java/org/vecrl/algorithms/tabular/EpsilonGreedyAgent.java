package org.vecrl.algorithms.tabular;

import org.vecrl.core.env.Env;
import org.vecrl.core.math.ArgMax;

/**
 * Base of the ε-greedy value learners: a Q table initialised to {@code config.optimism()}, created
 * once and kept across episodes; with probability ε a uniform action, else the greedy one (lowest
 * action on ties). ε and the learning rate follow the config's schedules by episode.
 */
public abstract class EpsilonGreedyAgent extends TabularAgent {
    protected final TabularConfig config;
    protected final double[][] q;

    protected EpsilonGreedyAgent(Env<Integer, Integer> env, TabularConfig config, double gamma, long seed) {
        super(env, gamma, seed);
        if (config == null) {
            throw new IllegalArgumentException("config is null: expected a TabularConfig");
        }
        this.config = config;
        this.q = new double[numStates][numActions];
        for (double[] row : q) {
            java.util.Arrays.fill(row, config.optimism());
        }
    }

    @Override
    public int getAction(int state) {
        if (rng().nextDouble() < epsilon()) {
            return rng().nextInt(numActions);
        }
        return ArgMax.of(q[state]);
    }

    /** ε in the current episode. */
    protected final double epsilon() {
        return config.epsilon().value(episode());
    }

    /** The learning rate in the current episode. */
    protected final double lr() {
        return config.lr().value(episode());
    }

    /**
     * The TD error {@code r + γ·nextValue − table[s][a]} of the experience {@code e}, or
     * {@code r − table[s][a]} when {@code e} ended in a terminal state (whose value is 0, whatever its
     * table entry holds, e.g. an optimistic initial value).
     */
    protected final double tdError(double[][] table, Experience e, double nextValue) {
        double target = e.terminated() ? e.reward() : e.reward() + gamma * nextValue;
        return target - table[e.obs()][e.act()];
    }

    /** The one-step TD update {@code table[s][a] += lr·(target − table[s][a])} (see {@link #tdError}). */
    protected final void tdUpdate(double[][] table, Experience e, double nextValue) {
        table[e.obs()][e.act()] += lr() * tdError(table, e, nextValue);
    }

    /** A copy of the Q table {@code Q[s][a]}. */
    public double[][] q() {
        double[][] copy = new double[q.length][];
        for (int s = 0; s < q.length; s++) {
            copy[s] = q[s].clone();
        }
        return copy;
    }
}
