package org.vecrl.core.schedule;

/**
 * A value that moves linearly from {@code start} to {@code end} over the first
 * {@code fraction * total} steps and then stays at {@code end}: DQN's ε and prioritised-replay β,
 * the annealed learning rate of the policy-gradient learners, tabular ε and learning-rate schedules.
 */
public record LinearSchedule(double start, double end, double fraction, long total) {

    public LinearSchedule {
        if (!(fraction > 0) || fraction > 1) {
            throw new IllegalArgumentException("schedule fraction=" + fraction + ": expected 0 < fraction <= 1");
        }
        if (total <= 0) {
            throw new IllegalArgumentException("schedule total=" + total + ": expected > 0");
        }
    }

    /** {@code start + (end - start) * min(step / (fraction * total), 1)}. */
    public double value(long step) {
        if (step < 0) {
            throw new IllegalArgumentException("schedule step=" + step + ": expected >= 0");
        }
        double progress = step / (fraction * total);
        return progress >= 1.0 ? end : start + (end - start) * progress;
    }
}
