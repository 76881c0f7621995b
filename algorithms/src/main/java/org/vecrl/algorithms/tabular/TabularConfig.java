package org.vecrl.algorithms.tabular;

/**
 * Hyperparameters of the ε-greedy tabular learners.
 *
 * @param epsilon  the exploration rate per episode (default 0.1)
 * @param lr       the learning rate per episode (default 0.05)
 * @param optimism the initial value of every Q entry (default 0)
 */
public record TabularConfig(EpisodeSchedule epsilon, EpisodeSchedule lr, double optimism) {

    public TabularConfig {
        if (epsilon == null || lr == null) {
            throw new IllegalArgumentException("epsilon and lr schedules must not be null");
        }
    }

    /** Constant ε and learning rate, no optimism. */
    public TabularConfig(double epsilon, double lr) {
        this(
                EpisodeSchedule.constant(checkUnit(epsilon, "epsilon")),
                EpisodeSchedule.constant(checkLearningRate(lr)),
                0.0);
    }

    /** The defaults: ε = 0.1, lr = 0.05, optimism 0. */
    public static TabularConfig defaults() {
        return new TabularConfig(0.1, 0.05);
    }

    private static double checkLearningRate(double lr) {
        if (!(lr > 0 && lr <= 1)) {
            throw new IllegalArgumentException(
                    "lr=" + lr + ": expected 0 < lr <= 1 (a learning rate of 0 learns nothing)");
        }
        return lr;
    }

    private static double checkUnit(double x, String name) {
        if (!(x >= 0 && x <= 1)) {
            throw new IllegalArgumentException(name + "=" + x + ": expected 0 <= " + name + " <= 1");
        }
        return x;
    }
}
