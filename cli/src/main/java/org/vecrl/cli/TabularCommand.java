package org.vecrl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vecrl.algorithms.tabular.TabularAgent;
import org.vecrl.algorithms.tabular.TabularAlgorithm;
import org.vecrl.algorithms.tabular.TabularConfig;
import org.vecrl.algorithms.tabular.TabularExperiment;
import org.vecrl.algorithms.tabular.TabularResult;
import org.vecrl.algorithms.tabular.TabularReturns;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.EnvSpec;
import org.vecrl.core.env.Envs;
import org.vecrl.core.envs.tabular.RewardMode;
import org.vecrl.core.envs.tabular.TabularModel;
import org.vecrl.core.io.Json;
import org.vecrl.core.plot.LineChart;
import org.vecrl.core.progress.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vecrl tabular}: runs a {@link TabularExperiment} (plans with policy or value iteration, or
 * learns with TD and Monte-Carlo control) on a tabular environment, prints the greedy policy and its
 * values, and writes {@code summary.json}, {@code values.png} and, for learners, {@code returns.png}
 * into {@code --out}.
 */
@Command(
        name = "tabular",
        mixinStandardHelpOptions = true,
        description =
                "Plan or learn on a tabular env; print the greedy policy and values; write summary.json and PNGs.")
final class TabularCommand implements Callable<Integer> {
    @Option(
            names = "--env",
            required = true,
            description = "Env id, e.g. NorvigGrid-v0, ToyGym-v0, CliffWalking-v1, FrozenLake-v1.")
    String envId;

    @Option(
            names = "--algo",
            required = true,
            description = "policy-iteration, value-iteration, q-learning, sarsa, "
                    + "expected-sarsa, mc, sarsa-lambda or double-q.")
    String algoName;

    @Option(names = "--gamma", defaultValue = "0.99", description = "Discount factor (default ${DEFAULT-VALUE}).")
    double gamma;

    @Option(
            names = "--episodes",
            defaultValue = "500",
            description = "Training episodes, or evaluation episodes for planners (default ${DEFAULT-VALUE}).")
    int episodes;

    @Option(names = "--epsilon", defaultValue = "0.1", description = "Exploration rate (default ${DEFAULT-VALUE}).")
    double epsilon;

    @Option(names = "--lr", defaultValue = "0.05", description = "Learning rate (default ${DEFAULT-VALUE}).")
    double lr;

    @Option(
            names = "--lambda",
            defaultValue = "0.95",
            description = "Trace decay of sarsa-lambda (default ${DEFAULT-VALUE}).")
    double lambda;

    @Option(
            names = "--penalty",
            description = "Step penalty of envs with a penalty kwarg (NorvigGrid-v0, CliffWalkingCurriculum-v0).")
    Double penalty;

    @Option(
            names = "--reward-mode",
            defaultValue = "mean",
            description = "How planners combine rewards: mean or sum (default ${DEFAULT-VALUE}).")
    RewardMode rewardMode;

    @Option(
            names = "--max-steps",
            description = "Steps after which a learner's episode is cut, for envs without a time limit "
                    + "of their own (default " + TabularAgent.DEFAULT_MAX_STEPS + ").")
    Integer maxSteps;

    @Option(names = "--seed", defaultValue = "0", description = "First episode seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--out",
            required = true,
            description = OutDir.DESCRIPTION
                    + ": summary.json, values.png, returns.png; it must not hold results already (summary.json).")
    Path out;

    @Mixin
    ProgressOption progressOption;

    @Mixin
    JsonOption jsonOption;

    @Override
    public Integer call() {
        if (episodes <= 0) {
            throw new IllegalArgumentException("--episodes " + episodes + ": expected > 0");
        }
        if (maxSteps != null && maxSteps <= 0) {
            throw new IllegalArgumentException("--max-steps " + maxSteps + ": expected > 0");
        }
        TabularExperiment experiment = new TabularExperiment(
                TabularAlgorithm.parse(algoName),
                gamma,
                episodes,
                new TabularConfig(epsilon, lr),
                lambda,
                rewardMode,
                maxSteps,
                seed);
        OutDir.requireFresh(out, "summary.json", "tabular results");
        Env<Integer, Integer> env = makeEnv();
        TabularModel model = TabularExperiment.model(env);
        TabularResult result;
        try (ProgressBar bar = progressOption.bar("tabular", episodes, "episodes", jsonOption.err())) {
            result = experiment.run(env, bar::update);
        }
        if (result.truncatedEpisodes() > 0) {
            PrintWriter err = jsonOption.err();
            err.printf(
                    "warning: %d of %d training episodes were cut at %d steps (--max-steps) before reaching a terminal state%n",
                    result.truncatedEpisodes(), episodes, result.maxSteps());
            err.flush();
        }
        String algo = experiment.algorithm().id();
        TabularReport report = new TabularReport(model, result.policy(), result.values());
        Map<String, Object> summary = summary(experiment, result);
        Json.writeFile(out.resolve("summary.json"), summary);
        report.heatmap(algo + " on " + envId + " (γ=" + gamma + "): V and greedy policy")
                .savePng(out.resolve("values.png"));
        if (result.returns() != null) {
            double[] r = result.returns();
            new LineChart(algo + " on " + envId + ": discounted return per training episode", "episode", "return")
                    .add("episode return", r, 0)
                    .add("running mean", TabularReturns.cummean(r), 0)
                    .savePng(out.resolve("returns.png"));
        }
        jsonOption.print(
                summary,
                () -> String.format("%s on %s (gamma %s)%n", algo, envId, gamma)
                        + report.text()
                        + String.format(
                                "greedy return %.4f, mean return %.4f over %d episodes%n",
                                result.greedyReturn(), result.meanReturn(), episodes));
        return 0;
    }

    private Map<String, Object> summary(TabularExperiment experiment, TabularResult result) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("algo", experiment.algorithm().id());
        summary.put("env", envId);
        summary.put("gamma", gamma);
        summary.put("policy", result.policy());
        summary.put("values", result.values());
        summary.put("greedy_return", result.greedyReturn());
        summary.put("mean_return", result.meanReturn());
        summary.put("episodes", episodes);
        if (!experiment.algorithm().plans()) {
            summary.put("max_steps", result.maxSteps());
            summary.put("truncated_episodes", result.truncatedEpisodes());
        }
        summary.put("reward_mode", rewardMode.name().toLowerCase(Locale.ROOT));
        summary.put("seed", seed);
        return summary;
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
}
