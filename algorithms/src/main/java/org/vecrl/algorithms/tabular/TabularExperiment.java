package org.vecrl.algorithms.tabular;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.vecrl.core.env.Env;
import org.vecrl.core.envs.tabular.RewardMode;
import org.vecrl.core.envs.tabular.TabularModel;
import org.vecrl.core.math.ArgMax;

/**
 * Plans (policy or value iteration on the known model, then {@code episodes} evaluation rollouts) or
 * learns ({@code episodes} training episodes of a TD or Monte-Carlo learner) on a tabular env, and
 * reports the greedy policy, its values and returns. Episode i uses seed {@code seed + i}.
 *
 * @param algorithm  what to run
 * @param gamma      the discount factor
 * @param episodes   training episodes, or evaluation episodes for planners
 * @param config     ε and learning rate of learners
 * @param lambda     the trace decay of SARSA(λ)
 * @param rewardMode how planners combine rewards
 * @param maxSteps   the step cap of a learner's episodes for envs without a time limit; null means
 *                   {@link TabularAgent#DEFAULT_MAX_STEPS}
 * @param seed       the first episode's seed
 */
public record TabularExperiment(
        TabularAlgorithm algorithm,
        double gamma,
        int episodes,
        TabularConfig config,
        double lambda,
        RewardMode rewardMode,
        Integer maxSteps,
        long seed) {
    /** The length of planners' evaluation rollouts on envs without a time limit. */
    public static final int DEFAULT_ROLLOUT_STEPS = 1000;

    public TabularExperiment {
        if (algorithm == null || config == null || rewardMode == null) {
            throw new IllegalArgumentException("algorithm, config and rewardMode must not be null");
        }
        if (episodes <= 0) {
            throw new IllegalArgumentException("episodes=" + episodes + ": expected > 0");
        }
        if (maxSteps != null && maxSteps <= 0) {
            throw new IllegalArgumentException("maxSteps=" + maxSteps + ": expected > 0");
        }
    }

    /** The known model behind {@code env}, or an error naming the env when it has none. */
    public static TabularModel model(Env<Integer, Integer> env) {
        if (!(env.unwrapped() instanceof TabularModel model)) {
            throw new IllegalArgumentException(
                    "env " + env.spec().id() + " is not tabular: expected an env whose states and "
                            + "actions are Discrete and whose model is known (e.g. NorvigGrid-v0, FrozenLake-v1)");
        }
        return model;
    }

    /** Runs on {@code env}, telling {@code progress} how many training episodes are done (learners only). */
    public TabularResult run(Env<Integer, Integer> env, IntConsumer progress) {
        TabularModel model = model(env);
        Integer envLimit = env.spec().maxEpisodeSteps();
        int rolloutSteps = envLimit != null ? envLimit : DEFAULT_ROLLOUT_STEPS;
        long learnerCap = envLimit != null ? envLimit : maxSteps != null ? maxSteps : TabularAgent.DEFAULT_MAX_STEPS;
        return algorithm.plans() ? plan(model, env, rolloutSteps) : learn(env, learnerCap, rolloutSteps, progress);
    }

    private TabularResult plan(TabularModel model, Env<Integer, Integer> env, int rolloutSteps) {
        int[] policy;
        double[] values;
        if (algorithm == TabularAlgorithm.POLICY_ITERATION) {
            policy = DynamicProgramming.policyIteration(model, gamma, 10_000, rewardMode);
            values = DynamicProgramming.policyEvalExact(model, policy, gamma, rewardMode);
        } else {
            DpSolution solution = DynamicProgramming.valueIteration(model, gamma, 1e-10, 1_000_000, rewardMode);
            policy = solution.policy();
            values = solution.values();
        }
        double sum = 0;
        for (int i = 0; i < episodes; i++) {
            sum += TabularReturns.sumRewards(
                    TabularReturns.rollout(env, s -> policy[s], rolloutSteps, seed + i), gamma);
        }
        return new TabularResult(policy, values, null, sum / episodes, greedyReturn(env, policy, rolloutSteps), 0, 0);
    }

    private TabularResult learn(Env<Integer, Integer> env, long cap, int rolloutSteps, IntConsumer progress) {
        EpsilonGreedyAgent agent = algorithm.learner(env, config, gamma, seed, lambda);
        agent.withMaxSteps(cap);
        double[] returns = new double[episodes];
        int chunk = Math.max(1, episodes / 100);
        for (int done = 0; done < episodes; done += chunk) {
            int n = Math.min(chunk, episodes - done);
            System.arraycopy(agent.train(n, seed + done), 0, returns, done, n);
            progress.accept(done + n);
        }
        double[][] q = agent.q();
        int[] policy = new int[q.length];
        double[] values = new double[q.length];
        for (int s = 0; s < q.length; s++) {
            policy[s] = ArgMax.of(q[s]);
            values[s] = q[s][policy[s]];
        }
        return new TabularResult(
                policy,
                values,
                returns,
                Arrays.stream(returns).average().orElse(0),
                greedyReturn(env, policy, rolloutSteps),
                cap,
                agent.truncatedEpisodes());
    }

    private double greedyReturn(Env<Integer, Integer> env, int[] policy, int rolloutSteps) {
        return TabularReturns.sumRewards(TabularReturns.rollout(env, s -> policy[s], rolloutSteps, seed), gamma);
    }
}
