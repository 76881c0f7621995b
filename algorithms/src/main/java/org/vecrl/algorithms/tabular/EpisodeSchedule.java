package org.vecrl.algorithms.tabular;

import org.vecrl.core.schedule.LinearSchedule;

/**
 * A hyperparameter (ε, learning rate) as a function of the episode index (0 for an agent's first
 * episode): a constant or a {@link LinearSchedule} over episodes.
 */
@FunctionalInterface
public interface EpisodeSchedule {

    /** The value during episode {@code episode}. */
    double value(long episode);

    /** The same value in every episode. */
    static EpisodeSchedule constant(double value) {
        return episode -> value;
    }

    /** A linear schedule indexed by episode. */
    static EpisodeSchedule linear(LinearSchedule schedule) {
        return schedule::value;
    }
}
