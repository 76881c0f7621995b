package org.vecrl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vecrl.algorithms.bandits.BanditExperiment;
import org.vecrl.algorithms.bandits.BanditResult;
import org.vecrl.core.io.Json;
import org.vecrl.core.io.TableLog;
import org.vecrl.core.io.TableLog.Column;
import org.vecrl.core.plot.LineChart;

/**
 * Writes the files of {@code vecrl bandits}: {@code reward.png} and {@code best-arm.png} (per-step averages
 * over runs, smoothed), {@code results.arrow} + {@code results.csv} (per-step averages in long format:
 * agent, step from 1, mean_reward, fraction_best) and {@code summary.json}.
 */
final class BanditReport {
    /** Steps at the end of a run over which {@code fraction_best_last100} is taken. */
    static final int LAST_STEPS = 100;

    private final BanditExperiment experiment;
    private final BanditResult result;

    BanditReport(BanditExperiment experiment, BanditResult result) {
        this.experiment = experiment;
        this.result = result;
    }

    /** Writes every file into {@code dir} (which must exist); {@code window} is the smoothing window of the charts. */
    void write(Path dir, int window) {
        int w = Math.min(window, result.steps());
        String setting = (experiment.stationary() ? "" : "non-stationary ") + experiment.numArms() + "-armed testbed, "
                + experiment.runs() + " runs, moving average over " + w + " steps";
        chart("Mean reward over all runs (" + setting + ")", "Mean reward", w, 1, result::meanRewardPerStep)
                .savePng(dir.resolve("reward.png"));
        chart(
                        "Best arm pulled (" + setting + ")",
                        "% of runs pulling the best arm",
                        w,
                        100,
                        result::fractionBestPerStep)
                .savePng(dir.resolve("best-arm.png"));
        writeTable(dir);
        Json.writeFile(dir.resolve("summary.json"), summary());
    }

    private interface PerStep {
        double[] of(int agent);
    }

    private LineChart chart(String title, String yLabel, int window, double scale, PerStep perStep) {
        LineChart chart = new LineChart(title, "Step", yLabel)
                .size(1200, 560 + 22 * result.agents())
                .legendBelow();
        for (int a = 0; a < result.agents(); a++) {
            double[] smoothed = BanditExperiment.movingAverage(perStep.of(a), window);
            for (int i = 0; i < smoothed.length; i++) {
                smoothed[i] *= scale;
            }
            chart.add(result.agentNames().get(a), smoothed, window);
        }
        return chart;
    }

    private void writeTable(Path dir) {
        List<Column> columns = List.of(
                Column.ofString("agent"),
                Column.ofLong("step"),
                Column.ofDouble("mean_reward"),
                Column.ofDouble("fraction_best"));
        try (TableLog table =
                new TableLog(dir.resolve("results.arrow"), dir.resolve("results.csv"), columns, Integer.MAX_VALUE)) {
            for (int a = 0; a < result.agents(); a++) {
                double[] reward = result.meanRewardPerStep(a);
                double[] best = result.fractionBestPerStep(a);
                for (int t = 0; t < reward.length; t++) {
                    table.append(result.agentNames().get(a), (long) t + 1, reward[t], best[t]);
                }
            }
        }
    }

    /** The summary.json content: per-agent means, then the settings. */
    Map<String, Object> summary() {
        List<Map<String, Object>> agents = new ArrayList<>();
        for (int a = 0; a < result.agents(); a++) {
            Map<String, Object> agent = new LinkedHashMap<>();
            agent.put("name", result.agentNames().get(a));
            agent.put("mean_reward", result.meanReward(a));
            agent.put("fraction_best", result.fractionBest(a));
            agent.put("fraction_best_last100", result.fractionBestLast(a, LAST_STEPS));
            agents.add(agent);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("agents", agents);
        summary.put("runs", experiment.runs());
        summary.put("steps", experiment.steps());
        summary.put("seed", experiment.baseSeed());
        summary.put("num_arms", experiment.numArms());
        summary.put("stationary", experiment.stationary());
        return summary;
    }
}
