package org.vecrl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.vecrl.algorithms.tabular.DpSolution;
import org.vecrl.algorithms.tabular.DynamicProgramming;
import org.vecrl.algorithms.tabular.EpsilonGreedyAgent;
import org.vecrl.algorithms.tabular.TabularAgent;
import org.vecrl.algorithms.tabular.TabularConfig;
import org.vecrl.algorithms.tabular.TabularReturns;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.EnvSpec;
import org.vecrl.core.env.Envs;
import org.vecrl.core.envs.tabular.RewardMode;
import org.vecrl.core.envs.tabular.TabularModel;
import org.vecrl.core.io.Json;
import org.vecrl.core.math.ArgMax;
import org.vecrl.core.plot.LineChart;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vecrl tabular}: plans (policy or value iteration) or learns (TD and Monte-Carlo control) on
 * a tabular environment, prints the greedy policy and its values, and writes {@code summary.json},
 * {@code values.png} and, for learners, {@code returns.png} into {@code --out}.
 */
@Command(name = "tabular", mixinStandardHelpOptions = true,
        description = "Plan or learn on a tabular env; print the greedy policy and values; write summary.json and PNGs.")
final class TabularCommand implements Callable<Integer> {
    private static final int DEFAULT_MAX_STEPS = 1000;

    @Option(names = "--env", required = true, description = "Env id, e.g. NorvigGrid-v0, ToyGym-v0, CliffWalking-v1, FrozenLake-v1.")
    String envId;

    @Option(names = "--algo", required = true, description = "policy-iteration, value-iteration, q-learning, sarsa, "
            + "expected-sarsa, mc, sarsa-lambda or double-q.")
    String algoName;

    @Option(names = "--gamma", defaultValue = "0.99", description = "Discount factor (default ${DEFAULT-VALUE}).")
    double gamma;

    @Option(names = "--episodes", defaultValue = "500",
            description = "Training episodes, or evaluation episodes for planners (default ${DEFAULT-VALUE}).")
    int episodes;

    @Option(names = "--epsilon", defaultValue = "0.1", description = "Exploration rate (default ${DEFAULT-VALUE}).")
    double epsilon;

    @Option(names = "--lr", defaultValue = "0.05", description = "Learning rate (default ${DEFAULT-VALUE}).")
    double lr;

    @Option(names = "--lambda", defaultValue = "0.95", description = "Trace decay of sarsa-lambda (default ${DEFAULT-VALUE}).")
    double lambda;

    @Option(names = "--penalty", description = "Step penalty of envs with a penalty kwarg (NorvigGrid-v0, CliffWalkingCurriculum-v0).")
    Double penalty;

    @Option(names = "--reward-mode", defaultValue = "mean", description = "How planners combine rewards: mean or sum (default ${DEFAULT-VALUE}).")
    RewardMode rewardMode;

    @Option(names = "--max-steps", description = "Steps after which a learner's episode is cut, for envs without a time limit "
            + "of their own (default " + TabularAgent.DEFAULT_MAX_STEPS + ").")
    Integer maxSteps;

    @Option(names = "--seed", defaultValue = "0", description = "First episode seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = OutDir.DESCRIPTION
            + ": summary.json, values.png, returns.png; it must not hold results already (summary.json).")
    Path out;

    @Mixin
    ProgressOption progressOption;

    @Mixin
    JsonOption jsonOption;

    @Spec
    CommandSpec spec;

    /** What one run produced. */
    private record Result(int[] policy, double[] values, double[] returns, double meanReturn, long truncatedEpisodes) {}

    @Override
    public Integer call() {
        TabularAlgo algo = TabularAlgo.parse(algoName);
        if (episodes <= 0) {
            throw new IllegalArgumentException("--episodes " + episodes + ": expected > 0");
        }
        if (maxSteps != null && maxSteps <= 0) {
            throw new IllegalArgumentException("--max-steps " + maxSteps + ": expected > 0");
        }
        OutDir.requireFresh(out, "summary.json", "tabular results");
        Env<Integer, Integer> env = makeEnv();
        if (!(env.unwrapped() instanceof TabularModel model)) {
            throw new IllegalArgumentException("env " + envId + " is not tabular: expected an env whose states and actions are "
                    + "Discrete and whose model is known (e.g. NorvigGrid-v0, FrozenLake-v1)");
        }
        int rolloutSteps = env.spec().maxEpisodeSteps() != null ? env.spec().maxEpisodeSteps() : DEFAULT_MAX_STEPS;
        Integer envLimit = env.spec().maxEpisodeSteps();
        long learnerCap = envLimit != null ? envLimit : maxSteps != null ? maxSteps : TabularAgent.DEFAULT_MAX_STEPS;
        Result result = algo.plans() ? plan(algo, model, env, rolloutSteps) : learn(algo, env, learnerCap);
        int[] policy = result.policy();
        double greedyReturn = TabularReturns.sumRewards(TabularReturns.rollout(env, s -> policy[s], rolloutSteps, seed), gamma);
        if (result.truncatedEpisodes() > 0) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf("warning: %d of %d training episodes were cut at %d steps (--max-steps) before reaching a terminal state%n",
                    result.truncatedEpisodes(), episodes, learnerCap);
            err.flush();
        }

        TabularReport report = new TabularReport(model, policy, result.values());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("algo", algo.cliName());
        summary.put("env", envId);
        summary.put("gamma", gamma);
        summary.put("policy", policy);
        summary.put("values", result.values());
        summary.put("greedy_return", greedyReturn);
        summary.put("mean_return", result.meanReturn());
        summary.put("episodes", episodes);
        if (!algo.plans()) {
            summary.put("max_steps", learnerCap);
            summary.put("truncated_episodes", result.truncatedEpisodes());
        }
        summary.put("reward_mode", rewardMode.name().toLowerCase(java.util.Locale.ROOT));
        summary.put("seed", seed);
        Json.writeFile(out.resolve("summary.json"), summary);
        report.heatmap(algo.cliName() + " on " + envId + " (γ=" + gamma + "): V and greedy policy").savePng(out.resolve("values.png"));
        if (result.returns() != null) {
            double[] r = result.returns();
            new LineChart(algo.cliName() + " on " + envId + ": discounted return per training episode", "episode", "return")
                    .add("episode return", r, 0)
                    .add("running mean", TabularReturns.cummean(r), 0)
                    .savePng(out.resolve("returns.png"));
        }
        JsonOrText.print(spec, jsonOption.json, summary, () -> String.format("%s on %s (gamma %s)%n", algo.cliName(), envId, gamma)
                + report.text()
                + String.format("greedy return %.4f, mean return %.4f over %d episodes%n", greedyReturn, result.meanReturn(), episodes));
        return 0;
    }

    @SuppressWarnings("unchecked")
    private Env<Integer, Integer> makeEnv() {
        EnvSpec envSpec = Envs.spec(envId);
        Map<String, Object> kwargs = new HashMap<>();
        if (penalty != null) {
            if (!envSpec.kwargs().containsKey("penalty")) {
                throw new IllegalArgumentException("--penalty does not apply to " + envId
                        + ": expected an env with a penalty kwarg (NorvigGrid-v0, CliffWalkingCurriculum-v0)");
            }
            kwargs.put("penalty", penalty);
        }
        return (Env<Integer, Integer>) Envs.make(envId, kwargs);
    }

    private Result plan(TabularAlgo algo, TabularModel model, Env<Integer, Integer> env, int maxSteps) {
        int[] policy;
        double[] values;
        if (algo == TabularAlgo.POLICY_ITERATION) {
            policy = DynamicProgramming.policyIteration(model, gamma, 10_000, rewardMode);
            values = DynamicProgramming.policyEvalExact(model, policy, gamma, rewardMode);
        } else {
            DpSolution solution = DynamicProgramming.valueIteration(model, gamma, 1e-10, 1_000_000, rewardMode);
            policy = solution.policy();
            values = solution.values();
        }
        double sum = 0;
        for (int i = 0; i < episodes; i++) {
            sum += TabularReturns.sumRewards(TabularReturns.rollout(env, s -> policy[s], maxSteps, seed + i), gamma);
        }
        return new Result(policy, values, null, sum / episodes, 0);
    }

    private Result learn(TabularAlgo algo, Env<Integer, Integer> env, long cap) {
        EpsilonGreedyAgent agent = algo.learner(env, new TabularConfig(epsilon, lr), gamma, seed, lambda);
        agent.withMaxSteps(cap);
        double[] returns = new double[episodes];
        int chunk = Math.max(1, episodes / 100);
        try (ProgressBar bar = progressOption.bar("tabular", episodes, "episodes", spec.commandLine().getErr())) {
            for (int done = 0; done < episodes; done += chunk) {
                int n = Math.min(chunk, episodes - done);
                System.arraycopy(agent.train(n, seed + done), 0, returns, done, n);
                bar.update(done + n);
            }
        }
        double[][] q = agent.q();
        int[] policy = new int[q.length];
        double[] values = new double[q.length];
        for (int s = 0; s < q.length; s++) {
            policy[s] = ArgMax.of(q[s]);
            values[s] = q[s][policy[s]];
        }
        return new Result(policy, values, returns, Arrays.stream(returns).average().orElse(0), agent.truncatedEpisodes());
    }
}
