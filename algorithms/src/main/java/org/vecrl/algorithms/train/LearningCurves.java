package org.vecrl.algorithms.train;

import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.vecrl.core.io.ArrowTables;
import org.vecrl.core.io.FileErrors;
import org.vecrl.core.plot.LineChart;

/**
 * Learning curves of runs ({@code vecrl plot}): the return of each run against environment steps,
 * smoothed by a moving average over the last {@code window} episodes, one line per run labelled
 * "algo env seed N", or by its directory name where runs share algo, env and seed; for each (algo, env)
 * with several runs, their mean and a ± std band on a common step grid. Runs without finished
 * episodes are skipped with a warning; a file that cannot be read fails with its path and the reason.
 */
public final class LearningCurves {
    private static final int GRID = 200;

    private LearningCurves() {}

    /** One run's smoothed curve. */
    record Curve(Path dir, String algo, String env, long seed, double[] steps, double[] returns) {
        String key() {
            return algo + " " + env + " seed " + seed;
        }
    }

    /**
     * Draws the runs in {@code runDirs} into a PNG and returns the labels of the curves drawn, one per run
     * in order; {@code warn} receives one line per skipped run.
     */
    public static List<String> plot(List<Path> runDirs, Path png, int window, Consumer<String> warn) {
        if (runDirs.isEmpty()) {
            throw new IllegalArgumentException("no runs to plot: expected at least one run directory");
        }
        List<Curve> curves = new ArrayList<>();
        for (Path d : runDirs) {
            Curve c = read(new RunDirectory(d), window);
            if (c == null) {
                warn.accept("skipping " + d + ": it has no finished episodes");
            } else {
                curves.add(c);
            }
        }
        if (curves.isEmpty()) {
            throw new IllegalArgumentException(
                    "nothing to plot: none of the " + runDirs.size() + " runs has finished episodes");
        }
        Map<String, Integer> runsPerKey = new HashMap<>();
        curves.forEach(c -> runsPerKey.merge(c.key(), 1, Integer::sum));
        LineChart chart = new LineChart("Episode return (mean of last " + window + ")", "environment steps", "return");
        Map<String, List<Curve>> groups = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        for (Curve c : curves) {
            groups.computeIfAbsent(c.algo() + " " + c.env(), k -> new ArrayList<>())
                    .add(c);
            String label = runsPerKey.get(c.key()) > 1
                    ? String.valueOf(c.dir().toAbsolutePath().normalize().getFileName())
                    : c.key();
            labels.add(label);
            chart.add(label, c.steps(), c.returns());
        }
        groups.forEach((name, group) -> {
            if (group.size() > 1) {
                addMeanAndBand(chart, name, group);
            }
        });
        chart.savePng(png);
        return labels;
    }

    /** The run's smoothed curve, or null if it has no finished episodes. */
    private static Curve read(RunDirectory dir, int window) {
        Map<String, Object> config = readRunFile(dir.config(), Config::readYaml);
        List<Map<String, Object>> rows = readRunFile(dir.episodesArrow(), ArrowTables::read);
        if (rows.isEmpty()) {
            return null;
        }
        double[] steps = new double[rows.size()];
        double[] smoothed = new double[rows.size()];
        double sum = 0;
        double[] raw = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            steps[i] = ((Number) rows.get(i).get("step")).doubleValue();
            raw[i] = ((Number) rows.get(i).get("return")).doubleValue();
            sum += raw[i];
            if (i >= window) {
                sum -= raw[i - window];
            }
            smoothed[i] = sum / Math.min(i + 1, window);
        }
        return new Curve(
                dir.root(),
                String.valueOf(config.get("algo")),
                String.valueOf(config.get("env")),
                ((Number) config.get("seed")).longValue(),
                steps,
                smoothed);
    }

    private static <T> T readRunFile(Path file, Function<Path, T> reader) {
        try {
            return reader.apply(file);
        } catch (UncheckedIOException e) {
            String why = e.getCause() instanceof FileSystemException fse
                    ? FileErrors.describe(fse)
                    : file + ": " + e.getCause().getMessage();
            throw new IllegalArgumentException(
                    "cannot read " + why + " (expected a run directory with config.yaml and episodes.arrow)", e);
        }
    }

    private static void addMeanAndBand(LineChart chart, String name, List<Curve> group) {
        double end = Double.MAX_VALUE;
        double start = 0;
        for (Curve c : group) {
            end = Math.min(end, c.steps()[c.steps().length - 1]);
            start = Math.max(start, c.steps()[0]);
        }
        if (end <= start) {
            return;
        }
        double[] x = new double[GRID];
        double[] mean = new double[GRID];
        double[] lower = new double[GRID];
        double[] upper = new double[GRID];
        for (int g = 0; g < GRID; g++) {
            x[g] = start + (end - start) * g / (GRID - 1);
            double s = 0;
            double ss = 0;
            for (Curve c : group) {
                double v = interpolate(c.steps(), c.returns(), x[g]);
                s += v;
                ss += v * v;
            }
            int n = group.size();
            mean[g] = s / n;
            double std = Math.sqrt(Math.max(0, (ss - n * mean[g] * mean[g]) / (n - 1)));
            lower[g] = mean[g] - std;
            upper[g] = mean[g] + std;
        }
        chart.addBand(name + " ± std (" + group.size() + " runs)", x, lower, upper);
        chart.add(name + " mean", x, mean);
    }

    /** Linear interpolation of (xs, ys) at x, with xs ascending; constant beyond the ends. */
    public static double interpolate(double[] xs, double[] ys, double x) {
        if (x <= xs[0]) {
            return ys[0];
        }
        int hi = java.util.Arrays.binarySearch(xs, x);
        if (hi >= 0) {
            return ys[hi];
        }
        hi = -hi - 1;
        if (hi >= xs.length) {
            return ys[xs.length - 1];
        }
        int lo = hi - 1;
        double t = (x - xs[lo]) / (xs[hi] - xs[lo]);
        return ys[lo] + t * (ys[hi] - ys[lo]);
    }
}
