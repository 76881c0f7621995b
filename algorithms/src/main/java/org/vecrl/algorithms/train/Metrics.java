package org.vecrl.algorithms.train;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.vecrl.nn.Checkpoint;

/**
 * Collects the values a {@link Learner} records during iterations and averages them per row of
 * metrics.arrow. A value that is NaN or infinite stops the run: {@link #record} throws a
 * {@link DivergenceException} naming the metric, the step and its last finite value.
 */
public final class Metrics {
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();
    private final double[] sums;
    private final long[] counts;
    private final double[] lastFinite;
    private final long[] lastFiniteStep;
    private final LongSupplier step;

    /** Accumulators for {@code names}; {@code step} tells the current environment step. */
    public Metrics(List<String> names, LongSupplier step) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            if (index.put(names.get(i), i) != null) {
                throw new IllegalArgumentException("metric '" + names.get(i) + "' is declared twice in " + names);
            }
        }
        this.sums = new double[names.size()];
        this.counts = new long[names.size()];
        this.lastFinite = new double[names.size()];
        this.lastFiniteStep = new long[names.size()];
        Arrays.fill(lastFinite, Double.NaN);
        Arrays.fill(lastFiniteStep, -1);
        this.step = step;
    }

    /** The declared metric names. */
    public List<String> names() {
        return names;
    }

    /** Adds one value of a declared metric to the current row. */
    public void record(String name, double value) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("metric '" + name + "' was not declared: expected one of " + names);
        }
        long now = step.getAsLong();
        if (!Double.isFinite(value)) {
            throw diverged(name, value);
        }
        sums[i] += value;
        counts[i]++;
        lastFinite[i] = value;
        lastFiniteStep[i] = now;
    }

    /**
     * The failure of a non-finite {@code value} of {@code name} (declared or not, e.g. a gradient norm
     * that an optimizer refused) at the current step, naming the last finite value of each loss.
     */
    DivergenceException diverged(String name, double value) {
        Integer i = index.get(name);
        long now = step.getAsLong();
        DivergenceException e = i == null
                ? new DivergenceException(name, value, now, Double.NaN, -1)
                : new DivergenceException(name, value, now, lastFinite[i], lastFiniteStep[i]);
        StringBuilder losses = new StringBuilder();
        for (int k = 0; k < names.size(); k++) {
            if (names.get(k).endsWith("loss") && !names.get(k).equals(name) && lastFiniteStep[k] >= 0) {
                losses.append("; last finite ")
                        .append(names.get(k))
                        .append(" was ")
                        .append(lastFinite[k])
                        .append(" at step ")
                        .append(lastFiniteStep[k]);
            }
        }
        return losses.isEmpty() ? e : e.withDetail(losses.toString());
    }

    /** The means since the last call (null for metrics with no value), then starts a new row. */
    Double[] takeRow() {
        Double[] row = new Double[names.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = counts[i] == 0 ? null : sums[i] / counts[i];
            sums[i] = 0;
            counts[i] = 0;
        }
        return row;
    }

    /** Writes the partial row and last finite values (for checkpoints). */
    void save(Checkpoint out) {
        out.putDoubles("metrics.sums", sums.clone());
        out.putLongs("metrics.counts", counts.clone());
        out.putDoubles("metrics.last_finite", lastFinite.clone());
        out.putLongs("metrics.last_finite_step", lastFiniteStep.clone());
    }

    /** Restores what {@link #save} wrote. */
    void restore(Checkpoint in) {
        copy(in.getDoubles("metrics.sums"), sums);
        System.arraycopy(in.getLongs("metrics.counts"), 0, counts, 0, counts.length);
        copy(in.getDoubles("metrics.last_finite"), lastFinite);
        System.arraycopy(in.getLongs("metrics.last_finite_step"), 0, lastFiniteStep, 0, lastFiniteStep.length);
    }

    private void copy(double[] from, double[] to) {
        if (from.length != to.length) {
            throw new IllegalArgumentException(
                    "checkpoint has " + from.length + " metrics: expected " + to.length + " " + names);
        }
        System.arraycopy(from, 0, to, 0, to.length);
    }
}
