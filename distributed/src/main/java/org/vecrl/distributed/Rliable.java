package org.vecrl.distributed;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * The aggregate statistics of rliable (Agarwal et al., "Deep Reinforcement Learning at the Edge of the
 * Statistical Precipice", NeurIPS 2021) over scores laid out as {@code scores[task][run]}: the mean, the
 * interquartile mean (IQM, scipy's {@code trim_mean(x, 0.25)} over all scores) and percentile confidence
 * intervals from a stratified bootstrap (runs resampled with replacement within each task, as rliable's
 * {@code StratifiedBootstrap}), with a fixed seed so a report is reproducible.
 */
public final class Rliable {
    private Rliable() {}

    /** A point estimate with its confidence interval. */
    public record Estimate(double value, double lower, double upper) {}

    /** The mean of all scores. */
    public static double mean(double[][] scores) {
        return Arrays.stream(flatten(scores)).average().orElseThrow(() -> empty("mean"));
    }

    /**
     * The interquartile mean of all scores: sorted, {@code floor(n / 4)} removed at each end, the rest averaged
     * (scipy's {@code trim_mean(x, 0.25)}, which rliable's {@code aggregate_iqm} calls).
     */
    public static double iqm(double[][] scores) {
        double[] all = flatten(scores);
        if (all.length == 0) {
            throw empty("interquartile mean");
        }
        Arrays.sort(all);
        int cut = all.length / 4;
        double sum = 0;
        for (int i = cut; i < all.length - cut; i++) {
            sum += all[i];
        }
        return sum / (all.length - 2 * cut);
    }

    /**
     * {@code statistic} of {@code scores} with a percentile interval of coverage {@code level} from {@code reps}
     * stratified bootstrap resamples drawn with {@code seed}.
     */
    public static Estimate bootstrap(
            double[][] scores, ToDoubleFunction<double[][]> statistic, int reps, double level, long seed) {
        if (reps < 1 || !(level > 0 && level < 1)) {
            throw new IllegalArgumentException(
                    "bootstrap reps=" + reps + ", level=" + level + ": expected reps >= 1 and 0 < level < 1");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[] stats = new double[reps];
        double[][] sample = new double[scores.length][];
        for (int r = 0; r < reps; r++) {
            for (int t = 0; t < scores.length; t++) {
                double[] runs = scores[t];
                sample[t] = new double[runs.length];
                for (int i = 0; i < runs.length; i++) {
                    sample[t][i] = runs[rng.nextInt(runs.length)];
                }
            }
            stats[r] = statistic.applyAsDouble(sample);
        }
        Arrays.sort(stats);
        double tail = (1 - level) / 2;
        return new Estimate(
                statistic.applyAsDouble(scores), percentile(stats, 100 * tail), percentile(stats, 100 * (1 - tail)));
    }

    /**
     * The {@code q}-th percentile (0 to 100) of sorted {@code values} with linear interpolation between closest
     * ranks (numpy's default): position {@code q / 100 * (n - 1)}.
     */
    public static double percentile(double[] sorted, double q) {
        if (sorted.length == 0 || !(q >= 0 && q <= 100)) {
            throw new IllegalArgumentException("percentile " + q + " of " + sorted.length
                    + " values: expected at least one value and 0 <= q <= 100");
        }
        double pos = q / 100 * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * The performance profile: for each threshold {@code tau}, the fraction of all scores strictly above it
     * (rliable's run-score distribution).
     */
    public static double[] profile(double[][] scores, double[] taus) {
        double[] all = flatten(scores);
        double[] out = new double[taus.length];
        for (int i = 0; i < taus.length; i++) {
            double tau = taus[i];
            out[i] = (double) Arrays.stream(all).filter(s -> s > tau).count() / all.length;
        }
        return out;
    }

    private static double[] flatten(double[][] scores) {
        return Arrays.stream(scores).flatMapToDouble(Arrays::stream).toArray();
    }

    private static IllegalArgumentException empty(String what) {
        return new IllegalArgumentException("the " + what + " of no scores: expected at least one score");
    }
}
