package org.vecrl.core.wrappers;

/**
 * A wrapper that normalises with {@link RunningMeanStd} statistics which can be frozen for
 * evaluation, saved and restored.
 */
public interface Normalizing {

    /** The live statistics. */
    RunningMeanStd statistics();

    /** Whether new samples update the statistics (true by default). */
    boolean isUpdating();

    /** Turns updating on (training) or off (evaluation with frozen statistics). */
    void setUpdating(boolean updating);

    /** A snapshot of the statistics. */
    default RunningMeanStd.State state() {
        return statistics().state();
    }

    /** Replaces the statistics with a snapshot. */
    default void restore(RunningMeanStd.State state) {
        statistics().restore(state);
    }
}
