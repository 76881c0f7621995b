package org.vecrl.algorithms.rlhf;

/**
 * The adaptive KL coefficient of the curriculum's §4.10 (after Ziegler et al. and TRL): after each phase,
 * {@code value ← value · (1 + clip(current / target - 1, -0.2, 0.2) · nSteps / horizon)}, so the KL penalty
 * grows when the policy drifts beyond the target KL and shrinks when it stays below.
 */
public final class AdaptiveKlController {
    private final double target;
    private final double horizon;
    private double value;

    /** A controller starting at coefficient {@code initial}, aiming at KL {@code target} over {@code horizon} steps. */
    public AdaptiveKlController(double initial, double target, double horizon) {
        if (!(initial >= 0) || !(target > 0) || !(horizon > 0)) {
            throw new IllegalArgumentException(
                    "initial must be >= 0, target and horizon > 0, got " + initial + ", " + target + " and " + horizon);
        }
        this.value = initial;
        this.target = target;
        this.horizon = horizon;
    }

    /** The current coefficient. */
    public double value() {
        return value;
    }

    /** Updates the coefficient from the KL {@code current} measured over {@code nSteps} steps; gives the new value. */
    public double update(double current, int nSteps) {
        double error = Math.max(-0.2, Math.min(0.2, current / target - 1));
        value *= 1 + error * nSteps / horizon;
        return value;
    }
}
