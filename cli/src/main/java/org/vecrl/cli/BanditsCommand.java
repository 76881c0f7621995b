package org.vecrl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vecrl.algorithms.bandits.BanditAgentSpecs;
import org.vecrl.algorithms.bandits.BanditExperiment;
import org.vecrl.algorithms.bandits.BanditResult;
import org.vecrl.core.progress.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vecrl bandits}: runs agents on the k-armed bandit testbed and writes charts, a table and a summary. */
@Command(
        name = "bandits",
        mixinStandardHelpOptions = true,
        description = {
            "Run bandit agents on the k-armed testbed (ArmedBanditTestbed-v0) with common random numbers.",
            "Writes reward.png, best-arm.png, results.arrow (+ .csv: agent, step from 1, mean_reward, fraction_best) "
                    + "and summary.json into --out.",
            "Agents: random, eps-greedy(eps=0.1,optimism=0), ucb(c=2), cheater, gradient(alpha=0.1,baseline=true), thompson."
        })
final class BanditsCommand implements Callable<Integer> {
    static final String DEFAULT_AGENTS = "random,eps-greedy(eps=0.1),eps-greedy(eps=0.01,optimism=5),ucb(c=2),cheater";

    @Option(
            names = "--agents",
            defaultValue = DEFAULT_AGENTS,
            paramLabel = "SPECS",
            description = "Comma-separated agent specs (default: ${DEFAULT-VALUE}).")
    String agents;

    @Option(names = "--runs", defaultValue = "200", description = "Episodes per agent (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(
            names = "--steps",
            defaultValue = "1000",
            description = "Steps per episode, at most 1000 (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Base seed of the per-run seeds (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--arms", defaultValue = "10", description = "Number of arms (default: ${DEFAULT-VALUE}).")
    int arms;

    @Option(names = "--nonstationary", description = "Means start at 0 and drift by N(0, 0.01^2) per step.")
    boolean nonstationary;

    @Option(names = "--threads", description = "Worker threads (default: all cores); results do not depend on it.")
    Integer threads;

    @Option(
            names = "--window",
            defaultValue = "15",
            description = "Moving-average window of the charts (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(
            names = "--out",
            required = true,
            description = OutDir.DESCRIPTION + "; it must not hold bandit results already (summary.json).")
    Path out;

    @Mixin
    ProgressOption progressOption;

    @Mixin
    JsonOption jsonOption;

    @Override
    public Integer call() throws Exception {
        if (window < 1) {
            throw new IllegalArgumentException("--window " + window + ": expected >= 1");
        }
        BanditExperiment experiment = new BanditExperiment(
                BanditAgentSpecs.parseList(agents),
                runs,
                steps,
                seed,
                arms,
                !nonstationary,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        OutDir.requireFresh(out, "summary.json", "bandit results");
        Files.createDirectories(out);
        BanditResult result;
        try (ProgressBar bar = progressOption.bar("bandits", experiment.episodes(), "episodes", jsonOption.err())) {
            result = experiment.run(bar::update);
        }
        BanditReport report = new BanditReport(experiment, result);
        report.write(out, window);
        jsonOption.print(report.summary(), () -> text(report.summary()));
        return 0;
    }

    @SuppressWarnings("unchecked")
    private String text(Map<String, Object> summary) {
        StringBuilder sb = new StringBuilder(String.format(
                "%-42s %12s %8s %16s%n", "agent", "mean reward", "% best", "% best last " + BanditReport.LAST_STEPS));
        for (Map<String, Object> agent : (List<Map<String, Object>>) summary.get("agents")) {
            sb.append(String.format(
                    "%-42s %12.4f %8.2f %16.2f%n",
                    agent.get("name"),
                    (Double) agent.get("mean_reward"),
                    100 * (Double) agent.get("fraction_best"),
                    100 * (Double) agent.get("fraction_best_last100")));
        }
        return sb.append("wrote reward.png, best-arm.png, results.arrow, results.csv, summary.json to ")
                .append(out)
                .append(System.lineSeparator())
                .toString();
    }
}
