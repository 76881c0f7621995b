package org.vecrl.distributed;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vecrl.algorithms.train.Config;
import org.vecrl.core.io.Json;

/**
 * {@code vecrl sweep report DIR}: the statistics of a sweep directory's finished runs. Writes the run table
 * ({@link SweepTable}), {@code report.json} (per configuration across seeds: mean and IQM of the run scores with
 * stratified-bootstrap 95 % intervals, success rate and steps to the reward threshold; configurations ranked by
 * IQM, then mean), the plots ({@link SweepPlots}), and prints the ranking as a table. A run's score is its
 * {@value RunResult#SCORE}, or its {@value RunResult#FALLBACK_SCORE} when the evaluation is disabled. Runs
 * without summary.json are listed as missing.
 */
public final class SweepReport {
    private SweepReport() {}

    /** Reports the sweep in {@code sweepDir}, printing the ranking to {@code out}; returns the ranked statistics. */
    public static List<ConfigStats> write(Path sweepDir, PrintWriter out) {
        Path specFile = SweepFile.SPEC.in(sweepDir);
        if (!Files.isRegularFile(specFile)) {
            throw new IllegalArgumentException(sweepDir + " is not a sweep directory: it has no sweep.yaml");
        }
        SweepSpec spec = SweepSpec.fromMap(Config.readYaml(specFile), specFile.toString());
        List<String> missing = new ArrayList<>();
        List<RunResult> results = RunResult.read(spec.runs(sweepDir), missing);
        if (results.isEmpty()) {
            throw new IllegalArgumentException("sweep " + sweepDir + " has no finished run yet (no summary.json under "
                    + SweepFile.RUNS.in(sweepDir) + ")");
        }
        Map<String, List<RunResult>> byConfig = new LinkedHashMap<>();
        results.forEach(r -> byConfig.computeIfAbsent(r.run().configuration().id(), k -> new ArrayList<>())
                .add(r));
        List<ConfigStats> ranked = new ArrayList<>();
        for (Configuration c : spec.configurations()) {
            ConfigStats s = byConfig.containsKey(c.id()) ? ConfigStats.of(c, byConfig.get(c.id())) : null;
            if (s != null) {
                ranked.add(s);
            }
        }
        ranked.sort(Comparator.comparingDouble((ConfigStats s) -> s.iqm().value())
                .thenComparingDouble(s -> s.mean().value())
                .reversed());
        SweepTable.write(sweepDir, new ArrayList<>(spec.grid().keySet()), results);
        Json.writeFile(SweepFile.REPORT.in(sweepDir), json(ranked, missing));
        if (!ranked.isEmpty()) {
            SweepPlots.write(sweepDir, ranked, byConfig);
        }
        print(out, ranked, missing);
        return ranked;
    }

    private static Map<String, Object> json(List<ConfigStats> ranked, List<String> missing) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("score", RunResult.SCORE + " (" + RunResult.FALLBACK_SCORE + " when the evaluation is disabled)");
        report.put(
                "bootstrap",
                Map.of(
                        "method", "stratified, percentile",
                        "reps", ConfigStats.REPS,
                        "level", ConfigStats.LEVEL,
                        "seed", ConfigStats.SEED));
        List<Map<String, Object>> configs = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            ConfigStats s = ranked.get(i);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("rank", i + 1);
            c.put("id", s.configuration().id());
            c.put("values", s.configuration().values());
            c.put("seeds", s.seeds());
            c.put("mean", s.mean().value());
            c.put("mean_ci", List.of(s.mean().lower(), s.mean().upper()));
            c.put("iqm", s.iqm().value());
            c.put("iqm_ci", List.of(s.iqm().lower(), s.iqm().upper()));
            c.put("success_rate", s.successRate());
            c.put("steps_to_threshold", s.stepsToThreshold());
            configs.add(c);
        }
        report.put("configurations", configs);
        report.put("missing_runs", missing);
        return report;
    }

    private static void print(PrintWriter out, List<ConfigStats> ranked, List<String> missing) {
        int width = Math.max(
                13,
                ranked.stream()
                        .mapToInt(s -> s.configuration().id().length())
                        .max()
                        .orElse(0));
        String row = "%4s  %-" + width + "s  %5s  %-28s  %-28s  %s%n";
        out.printf(Locale.ROOT, row, "rank", "configuration", "seeds", "IQM [95% CI]", "mean [95% CI]", "success");
        for (int i = 0; i < ranked.size(); i++) {
            ConfigStats s = ranked.get(i);
            out.printf(
                    Locale.ROOT,
                    row,
                    i + 1,
                    s.configuration().id(),
                    s.seeds().size(),
                    interval(s.iqm()),
                    interval(s.mean()),
                    s.successRate() == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * s.successRate()));
        }
        if (!missing.isEmpty()) {
            out.println(missing.size() + " run(s) without summary.json (not finished, or stopped by successive halving:"
                    + " see halving.json): " + String.join(", ", missing));
        }
        out.flush();
    }

    private static String interval(Rliable.Estimate e) {
        return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", e.value(), e.lower(), e.upper());
    }
}
