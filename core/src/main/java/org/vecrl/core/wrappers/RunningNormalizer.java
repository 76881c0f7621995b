package org.vecrl.core.wrappers;

import org.vecrl.core.state.Resumable;
import org.vecrl.core.state.StateStore;

/**
 * The state of a {@link Normalizing} wrapper: {@link RunningMeanStd} statistics, the switch that
 * freezes them for evaluation, and the epsilon that keeps the divisor {@link #std} positive. Its
 * saved state is the statistics (entry {@code prefix + "stats"}, {@link RunningMeanStd.State#toArray()}).
 */
public final class RunningNormalizer implements Resumable {
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

    /** Adds a batch of {@code rows} samples stored row-major in {@code data} unless the statistics are frozen. */
    public void add(float[] data, int rows) {
        if (updating) {
            stats.update(data, rows);
        }
    }

    /**
     * Writes {@code clip((x − mean) / sqrt(var + epsilon), ±clip)} of {@code rows} row-major samples
     * into {@code out} (which may be {@code x}) with the current statistics, without updating them.
     */
    public void normalize(float[] x, int rows, double clip, float[] out) {
        int size = stats.size();
        for (int d = 0; d < size; d++) {
            double m = stats.mean(d);
            double s = 1.0 / std(d);
            for (int r = 0; r < rows; r++) {
                int i = r * size + d;
                out[i] = (float) Math.max(-clip, Math.min(clip, (x[i] - m) * s));
            }
        }
    }

    @Override
    public void saveState(StateStore out, String prefix) {
        out.putDoubles(prefix + "stats", stats.state().toArray());
    }

    @Override
    public void restoreState(StateStore in, String prefix) {
        stats.restore(RunningMeanStd.State.fromArray(in.getDoubles(prefix + "stats")));
    }

    /** {@code sqrt(var(i) + epsilon)}, the divisor of element i. */
    public double std(int i) {
        return Math.sqrt(stats.var(i) + epsilon);
    }
}
