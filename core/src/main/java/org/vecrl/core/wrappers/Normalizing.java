package org.vecrl.core.wrappers;

/**
 * A wrapper that normalises with {@link RunningMeanStd} statistics which can be frozen for
 * evaluation, saved and restored.
 */
public interface Normalizing {

    /** The statistics, their updating switch and epsilon. */
    RunningNormalizer normalizer();

    /** The live statistics. */
    default RunningMeanStd statistics() {
        return normalizer().statistics();
    }

    /** Whether new samples update the statistics (true by default). */
    default boolean isUpdating() {
        return normalizer().isUpdating();
    }

    /** Turns updating on (training) or off (evaluation with frozen statistics). */
    default void setUpdating(boolean updating) {
        normalizer().setUpdating(updating);
    }

    /** A snapshot of the statistics. */
    default RunningMeanStd.State state() {
        return statistics().state();
    }

    /** Replaces the statistics with a snapshot. */
    default void restore(RunningMeanStd.State state) {
        statistics().restore(state);
    }
}
