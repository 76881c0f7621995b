package org.vecrl.core.wrappers;

/**
 * The state of a {@link Normalizing} wrapper: {@link RunningMeanStd} statistics, the switch that
 * freezes them for evaluation, and the epsilon that keeps the divisor {@link #std} positive.
 */
public final class RunningNormalizer {
    private final RunningMeanStd stats;
    private final double epsilon;
    private boolean updating = true;

    /** Statistics of vectors with {@code size} elements; {@code epsilon > 0}. */
    public RunningNormalizer(int size, double epsilon) {
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon=" + epsilon + ": expected > 0");
        }
        this.stats = new RunningMeanStd(size);
        this.epsilon = epsilon;
    }

    /** The live statistics. */
    public RunningMeanStd statistics() {
        return stats;
    }

    /** Whether {@link #add} updates the statistics (true by default). */
    public boolean isUpdating() {
        return updating;
    }

    /** Turns updating on (training) or off (evaluation with frozen statistics). */
    public void setUpdating(boolean updating) {
        this.updating = updating;
    }

    /** Adds a sample to the statistics unless they are frozen. */
    public void add(float[] x) {
        if (updating) {
            stats.update(x);
        }
    }

    /** Adds a sample of a scalar stream to the statistics unless they are frozen. */
    public void add(double x) {
        if (updating) {
            stats.update(x);
        }
    }

    /** {@code sqrt(var(i) + epsilon)}, the divisor of element i. */
    public double std(int i) {
        return Math.sqrt(stats.var(i) + epsilon);
    }
}
