package org.vecrl.algorithms.pg;

import java.util.Arrays;

/**
 * Running per-feature mean and (population) variance over batches, merged with the parallel
 * algorithm of Chan et al. exactly as Gymnasium's {@code RunningMeanStd} (initial count 1e-4,
 * mean 0, variance 1). Used for observation and reward normalisation.
 */
final class RunningMeanStd {
    private final double[] mean;
    private final double[] var;
    private double count = 1e-4;

    RunningMeanStd(int dim) {
        this.mean = new double[dim];
        this.var = new double[dim];
        Arrays.fill(var, 1.0);
    }

    /** Merges {@code rows} rows of {@code dim} values from {@code data}. */
    void update(float[] data, int rows) {
        int dim = mean.length;
        for (int d = 0; d < dim; d++) {
            double bm = 0;
            for (int r = 0; r < rows; r++) {
                bm += data[r * dim + d];
            }
            bm /= rows;
            double bv = 0;
            for (int r = 0; r < rows; r++) {
                double x = data[r * dim + d] - bm;
                bv += x * x;
            }
            bv /= rows;
            double delta = bm - mean[d];
            double total = count + rows;
            mean[d] += delta * rows / total;
            var[d] = (var[d] * count + bv * rows + delta * delta * count * rows / total) / total;
        }
        count += rows;
    }

    double mean(int d) {
        return mean[d];
    }

    double var(int d) {
        return var[d];
    }

    /** mean, var and count as one array (for checkpoints). */
    double[] state() {
        double[] s = new double[2 * mean.length + 1];
        System.arraycopy(mean, 0, s, 0, mean.length);
        System.arraycopy(var, 0, s, mean.length, var.length);
        s[s.length - 1] = count;
        return s;
    }

    /** Restores {@link #state()}. */
    void restore(double[] s) {
        if (s.length != 2 * mean.length + 1) {
            throw new IllegalArgumentException("running statistics of length " + s.length + ": expected "
                    + (2 * mean.length + 1));
        }
        System.arraycopy(s, 0, mean, 0, mean.length);
        System.arraycopy(s, mean.length, var, 0, var.length);
        count = s[s.length - 1];
    }
}
