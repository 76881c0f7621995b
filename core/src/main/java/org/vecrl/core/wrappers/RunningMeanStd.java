package org.vecrl.core.wrappers;

import java.util.Arrays;

/**
 * Running mean and (population) variance of a stream of vectors, element by element, as
 * Gymnasium's {@code RunningMeanStd}: starts at mean 0, variance 1 and a pseudo-count of
 * {@code 1e-4}, and merges each batch with Chan et al.'s parallel update (Welford's for one sample).
 */
public final class RunningMeanStd {
    /** The pseudo-count the statistics start with (Gymnasium's {@code epsilon=1e-4}). */
    public static final double INITIAL_COUNT = 1e-4;

    private final double[] mean;
    private final double[] var;
    private double count = INITIAL_COUNT;

    /** Statistics of vectors with {@code size} elements. */
    public RunningMeanStd(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("RunningMeanStd size=" + size + ": expected > 0");
        }
        mean = new double[size];
        var = new double[size];
        Arrays.fill(var, 1.0);
    }

    /**
     * A snapshot of the statistics, to save with a model and {@link #restore} for evaluation.
     *
     * @param mean  per-element mean
     * @param var   per-element population variance
     * @param count number of samples seen plus the initial pseudo-count
     */
    public record State(double[] mean, double[] var, double count) {
        public State {
            if (mean.length != var.length) {
                throw new IllegalArgumentException("state with mean of length " + mean.length + " and var of length "
                        + var.length + ": expected the same length");
            }
            mean = mean.clone();
            var = var.clone();
        }

        /** {@code [mean..., var..., count]}: the flat form stored in checkpoints. */
        public double[] toArray() {
            double[] a = new double[2 * mean.length + 1];
            System.arraycopy(mean, 0, a, 0, mean.length);
            System.arraycopy(var, 0, a, mean.length, var.length);
            a[a.length - 1] = count;
            return a;
        }

        /** The state whose {@link #toArray()} is {@code a}. */
        public static State fromArray(double[] a) {
            if (a.length < 3 || a.length % 2 == 0) {
                throw new IllegalArgumentException("running statistics of length " + a.length
                        + ": expected 2 * size + 1 values (mean, var, count)");
            }
            int size = (a.length - 1) / 2;
            return new State(Arrays.copyOfRange(a, 0, size), Arrays.copyOfRange(a, size, 2 * size), a[a.length - 1]);
        }

        @Override
        public double[] mean() {
            return mean.clone();
        }

        @Override
        public double[] var() {
            return var.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof State s
                    && Arrays.equals(mean, s.mean)
                    && Arrays.equals(var, s.var)
                    && Double.compare(count, s.count) == 0;
        }

        @Override
        public int hashCode() {
            return 31 * (31 * Arrays.hashCode(mean) + Arrays.hashCode(var)) + Double.hashCode(count);
        }

        @Override
        public String toString() {
            return "State[mean=" + Arrays.toString(mean) + ", var=" + Arrays.toString(var) + ", count=" + count + "]";
        }
    }

    /** The number of elements per vector. */
    public int size() {
        return mean.length;
    }

    /** Mean of element i. */
    public double mean(int i) {
        return mean[i];
    }

    /** Variance of element i. */
    public double var(int i) {
        return var[i];
    }

    /** Samples seen plus the initial pseudo-count. */
    public double count() {
        return count;
    }

    /** Adds one sample. */
    public void update(float[] x) {
        requireSize(x.length, "sample");
        for (int i = 0; i < x.length; i++) {
            merge(i, x[i], 0.0, 1.0);
        }
        count += 1.0;
    }

    /** Adds one sample of a scalar stream (size 1). */
    public void update(double x) {
        requireSize(1, "scalar sample");
        merge(0, x, 0.0, 1.0);
        count += 1.0;
    }

    /** Merges a batch of {@code rows} samples stored row-major in {@code data} ({@code rows * size()} values). */
    public void update(float[] data, int rows) {
        if (rows <= 0 || data.length < rows * mean.length) {
            throw new IllegalArgumentException("batch of " + rows + " rows in " + data.length
                    + " values: expected rows > 0 and at least rows * " + mean.length + " values");
        }
        int size = mean.length;
        for (int i = 0; i < size; i++) {
            double batchMean = 0;
            for (int r = 0; r < rows; r++) {
                batchMean += data[r * size + i];
            }
            batchMean /= rows;
            double batchVar = 0;
            for (int r = 0; r < rows; r++) {
                double x = data[r * size + i] - batchMean;
                batchVar += x * x;
            }
            merge(i, batchMean, batchVar / rows, rows);
        }
        count += rows;
    }

    /** Merges a batch of {@code batchCount} samples given by its per-element mean and population variance. */
    public void updateFromMoments(double[] batchMean, double[] batchVar, double batchCount) {
        requireSize(batchMean.length, "batch mean");
        requireSize(batchVar.length, "batch variance");
        if (!(batchCount > 0)) {
            throw new IllegalArgumentException("batch count " + batchCount + ": expected > 0");
        }
        for (int i = 0; i < mean.length; i++) {
            merge(i, batchMean[i], batchVar[i], batchCount);
        }
        count += batchCount;
    }

    /** Chan's update of element i; {@link #count} is advanced by the caller after all elements. */
    private void merge(int i, double batchMean, double batchVar, double batchCount) {
        double delta = batchMean - mean[i];
        double total = count + batchCount;
        mean[i] += delta * batchCount / total;
        double m2 = var[i] * count + batchVar * batchCount + delta * delta * count * batchCount / total;
        var[i] = m2 / total;
    }

    private void requireSize(int n, String what) {
        if (n != mean.length) {
            throw new IllegalArgumentException(what + " of length " + n + ": expected length " + mean.length);
        }
    }

    /** A snapshot of the statistics. */
    public State state() {
        return new State(mean, var, count);
    }

    /** Replaces the statistics with a snapshot of the same size. */
    public void restore(State state) {
        requireSize(state.mean.length, "state");
        System.arraycopy(state.mean, 0, mean, 0, mean.length);
        System.arraycopy(state.var, 0, var, 0, var.length);
        count = state.count;
    }
}
