package org.vecrl.algorithms.tabular;

import java.util.Arrays;
import org.vecrl.core.env.Env;

/**
 * First-visit Monte-Carlo control with an ε-soft (ε-greedy) policy (Sutton and Barto section 5.4, with a
 * constant step size): after each episode, for the first visit of each (s, a) at time t,
 * {@code Q[s,a] += lr·(G_t − Q[s,a])} with {@code G_t} the discounted return from t.
 */
public final class MonteCarloControl extends EpsilonGreedyAgent {
    private int[] states = new int[64];
    private int[] actions = new int[64];
    private double[] rewards = new double[64];
    private int length;
    private final int[] firstVisit;

    public MonteCarloControl(Env<Integer, Integer> env, TabularConfig config, double gamma, long seed) {
        super(env, config, gamma, seed);
        this.firstVisit = new int[numStates * numActions];
    }

    @Override
    public void reset(long seed) {
        super.reset(seed);
        length = 0;
    }

    @Override
    public void observe(Experience e) {
        if (length == states.length) {
            states = Arrays.copyOf(states, length * 2);
            actions = Arrays.copyOf(actions, length * 2);
            rewards = Arrays.copyOf(rewards, length * 2);
        }
        states[length] = e.obs();
        actions[length] = e.act();
        rewards[length] = e.reward();
        length++;
    }

    @Override
    protected void endEpisode() {
        Arrays.fill(firstVisit, -1);
        for (int t = 0; t < length; t++) {
            int key = states[t] * numActions + actions[t];
            if (firstVisit[key] < 0) {
                firstVisit[key] = t;
            }
        }
        double g = 0;
        double step = lr();
        for (int t = length - 1; t >= 0; t--) {
            g = rewards[t] + gamma * g;
            if (firstVisit[states[t] * numActions + actions[t]] == t) {
                q[states[t]][actions[t]] += step * (g - q[states[t]][actions[t]]);
            }
        }
        length = 0;
    }
}
