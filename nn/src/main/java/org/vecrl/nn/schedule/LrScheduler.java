package org.vecrl.nn.schedule;

import org.vecrl.nn.Optimizer;

/**
 * Drives an optimizer's learning rate from a schedule: construction sets the initial rate,
 * each {@link #step()} advances the count by one and sets the scheduled rate (the curriculum's
 * {@code PPOScheduler}).
 */
public final class LrScheduler {

    private final Optimizer optimizer;
    private final LrSchedule schedule;
    private long steps;

    public LrScheduler(Optimizer optimizer, LrSchedule schedule) {
        this.optimizer = optimizer;
        this.schedule = schedule;
        optimizer.setLearningRate(schedule.valueAt(0));
    }

    /** Advances one step and applies the new rate; returns it. */
    public double step() {
        double lr = schedule.valueAt(steps + 1);
        steps++;
        optimizer.setLearningRate(lr);
        return lr;
    }

    /** Scheduler steps taken ({@code n_step_calls}). */
    public long steps() {
        return steps;
    }

    /** Resumes at {@code steps} (e.g. from a checkpoint) and applies that step's rate. */
    public void restore(long steps) {
        optimizer.setLearningRate(schedule.valueAt(steps));
        this.steps = steps;
    }
}
