package org.vecrl.algorithms.tabular;

import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Step;
import org.vecrl.core.math.ArgMax;

/** Helpers for tabular experiments: discounted sums, running means, greedy rollouts. */
public final class TabularReturns {
    private TabularReturns() {}

    /**
     * {@code r1 + γ·r2 + γ²·r3 + …}, computed backwards (0 for no rewards). Example:
     * {@code sumRewards([1, 0, 2], 0.9) = 2.62}.
     */
    public static double sumRewards(double[] rewards, double gamma) {
        double g = 0;
        for (int i = rewards.length - 1; i >= 0; i--) {
            g = rewards[i] + gamma * g;
        }
        return g;
    }

    /** {@code out[i] = mean(x[0..i])}. */
    public static double[] cummean(double[] x) {
        double[] out = new double[x.length];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i];
            out[i] = sum / (i + 1);
        }
        return out;
    }

    /**
     * The rewards of one episode of {@code policy} from {@code env.reset(seed)}, stopped after
     * {@code maxSteps} steps if it has not ended.
     */
    public static double[] rollout(Env<Integer, Integer> env, IntUnaryOperator policy, int maxSteps, long seed) {
        if (maxSteps <= 0) {
            throw new IllegalArgumentException("maxSteps=" + maxSteps + ": expected > 0");
        }
        TabularAgent.Rewards rewards = new TabularAgent.Rewards();
        int state = env.reset(seed, Map.of()).obs();
        for (int t = 0; t < maxSteps; t++) {
            Step<Integer> step = env.step(policy.applyAsInt(state));
            rewards.add(step.reward());
            state = step.obs();
            if (step.done()) {
                break;
            }
        }
        return rewards.toArray();
    }

    /** The undiscounted return of one greedy episode of {@code q} (reset with seed 0), at most {@code maxSteps} steps. */
    public static double greedyReturn(Env<Integer, Integer> env, double[][] q, int maxSteps) {
        return greedyReturn(env, q, maxSteps, 1.0, 0L);
    }

    /** The discounted return of one greedy episode of {@code q} from {@code env.reset(seed)}. */
    public static double greedyReturn(Env<Integer, Integer> env, double[][] q, int maxSteps, double gamma, long seed) {
        return sumRewards(rollout(env, s -> ArgMax.of(q[s]), maxSteps, seed), gamma);
    }
}
