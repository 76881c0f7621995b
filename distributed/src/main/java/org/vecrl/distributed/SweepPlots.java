package org.vecrl.distributed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vecrl.algorithms.train.LearningCurves;
import org.vecrl.algorithms.train.RunDirectory;
import org.vecrl.core.io.ArrowTables;
import org.vecrl.core.plot.LineChart;

/**
 * The sweep's figures: learning curves per configuration (mean episode return across seeds on a common step grid,
 * each seed smoothed over its last {@value #WINDOW} episodes, with a bootstrap 95 % band), the final scores
 * (each configuration's IQM and interval drawn as an error bar), and the performance profile (fraction of runs
 * scoring above each threshold).
 */
final class SweepPlots {
    private static final int WINDOW = 20;
    private static final int GRID = 100;
    private static final int CURVE_REPS = 500;

    private SweepPlots() {}

    static void write(Path sweepDir, List<ConfigStats> ranked, Map<String, List<RunResult>> byConfig) {
        learningCurves(sweepDir, ranked, byConfig);
        finalScores(sweepDir, ranked);
        profile(sweepDir, ranked, byConfig);
    }

    private static void learningCurves(Path sweepDir, List<ConfigStats> ranked, Map<String, List<RunResult>> byConfig) {
        LineChart chart = new LineChart(
                        "Episode return (mean of last " + WINDOW + ", mean across seeds, 95% CI)",
                        "environment steps",
                        "return")
                .legendBelow();
        boolean any = false;
        for (ConfigStats s : ranked) {
            List<double[][]> curves = new ArrayList<>();
            for (RunResult r : byConfig.get(s.configuration().id())) {
                double[][] c = smoothed(new RunDirectory(r.run().path()));
                if (c != null) {
                    curves.add(c);
                }
            }
            if (curves.isEmpty()) {
                continue;
            }
            double start = curves.stream().mapToDouble(c -> c[0][0]).max().orElseThrow();
            double end = curves.stream()
                    .mapToDouble(c -> c[0][c[0].length - 1])
                    .min()
                    .orElseThrow();
            int points = end > start ? GRID : 1;
            double[] x = new double[points];
            double[] mean = new double[points];
            double[] lower = new double[points];
            double[] upper = new double[points];
            for (int g = 0; g < points; g++) {
                x[g] = points == 1 ? end : start + (end - start) * g / (points - 1);
                double[][] at = {new double[curves.size()]};
                for (int i = 0; i < curves.size(); i++) {
                    at[0][i] = LearningCurves.interpolate(curves.get(i)[0], curves.get(i)[1], x[g]);
                }
                Rliable.Estimate e = Rliable.bootstrap(at, Rliable::mean, CURVE_REPS, ConfigStats.LEVEL, g);
                mean[g] = e.value();
                lower[g] = e.lower();
                upper[g] = e.upper();
            }
            String name = s.configuration().id() + " (" + curves.size() + " seeds)";
            chart.addBand(name + " 95% CI", x, lower, upper);
            chart.add(name, x, mean);
            any = true;
        }
        if (any) {
            chart.savePng(SweepFile.LEARNING_CURVES.in(sweepDir));
        }
    }

    /** Episode end steps and the moving average of returns over the last {@link #WINDOW} episodes, or null. */
    private static double[][] smoothed(RunDirectory dir) {
        List<Map<String, Object>> rows = ArrowTables.read(dir.episodesArrow());
        if (rows.isEmpty()) {
            return null;
        }
        double[] steps = rows.stream()
                .mapToDouble(r -> ((Number) r.get("step")).doubleValue())
                .toArray();
        double[] returns = rows.stream()
                .mapToDouble(r -> ((Number) r.get("return")).doubleValue())
                .toArray();
        double[] avg = new double[returns.length];
        double window = 0;
        for (int i = 0; i < returns.length; i++) {
            window += returns[i] - (i >= WINDOW ? returns[i - WINDOW] : 0);
            avg[i] = window / Math.min(WINDOW, i + 1);
        }
        return new double[][] {steps, avg};
    }

    private static void finalScores(Path sweepDir, List<ConfigStats> ranked) {
        LineChart chart = new LineChart(
                        "Final score: IQM across seeds with 95% stratified-bootstrap CI (rank order)",
                        "configuration rank", "score")
                .legendBelow();
        for (int i = 0; i < ranked.size(); i++) {
            ConfigStats s = ranked.get(i);
            Rliable.Estimate e = s.iqm();
            double x = i + 1;
            chart.add(
                    String.format(
                            Locale.ROOT,
                            "%d. %s: %.2f [%.2f, %.2f]",
                            i + 1,
                            s.configuration().id(),
                            e.value(),
                            e.lower(),
                            e.upper()),
                    new double[] {x, x, x - 0.2, x + 0.2, x, x},
                    new double[] {e.lower(), e.value(), e.value(), e.value(), e.value(), e.upper()});
        }
        chart.savePng(SweepFile.FINAL_SCORES.in(sweepDir));
    }

    private static void profile(Path sweepDir, List<ConfigStats> ranked, Map<String, List<RunResult>> byConfig) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (List<RunResult> rs : byConfig.values()) {
            for (RunResult r : rs) {
                if (r.score() != null) {
                    lo = Math.min(lo, r.score());
                    hi = Math.max(hi, r.score());
                }
            }
        }
        // from below the lowest score (fraction 1) to above the highest (fraction 0), on whole numbers
        double margin = Math.max(1, 0.05 * (hi - lo));
        double from = Math.floor(lo - margin);
        double to = Math.ceil(hi + margin);
        double[] taus = new double[GRID + 1];
        for (int i = 0; i <= GRID; i++) {
            taus[i] = from + (to - from) * i / GRID;
        }
        LineChart chart = new LineChart(
                        "Performance profile: fraction of runs with score > tau", "score threshold tau", "fraction")
                .legendBelow();
        for (ConfigStats s : ranked) {
            double[][] scores = {
                byConfig.get(s.configuration().id()).stream()
                        .filter(r -> r.score() != null)
                        .mapToDouble(RunResult::score)
                        .toArray()
            };
            chart.add(s.configuration().id(), taus, Rliable.profile(scores, taus));
        }
        chart.savePng(SweepFile.PERFORMANCE_PROFILE.in(sweepDir));
    }
}
