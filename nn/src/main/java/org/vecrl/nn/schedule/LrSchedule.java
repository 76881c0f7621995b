package org.vecrl.nn.schedule;

/** A learning rate as a function of the number of scheduler steps taken so far. */
@FunctionalInterface
public interface LrSchedule {

    /** The learning rate after {@code steps} scheduler steps (0 = the initial rate). */
    double valueAt(long steps);

    /** The same rate forever. */
    static LrSchedule constant(double lr) {
        checkRate("lr", lr);
        return steps -> lr;
    }

    /**
     * PPO's scheduler (curriculum §3.8): {@code initial + (steps / total) (end - initial)}; stepping
     * past {@code total} is an error.
     */
    static LrSchedule linear(double initial, double end, long total) {
        checkRate("initial lr", initial);
        checkRate("end lr", end);
        checkTotal(total);
        return steps -> {
            checkSteps(steps, total);
            return initial + (double) steps / total * (end - initial);
        };
    }

    /**
     * Linear warm-up from 0 to {@code peak} over {@code warmup} steps, then linear decay to 0 at
     * {@code total} steps.
     */
    static LrSchedule warmupLinearDecay(double peak, long warmup, long total) {
        checkRate("peak lr", peak);
        checkTotal(total);
        if (warmup < 0 || warmup >= total) {
            throw new IllegalArgumentException("warmup=" + warmup + ": expected 0 <= warmup < total=" + total);
        }
        return steps -> {
            checkSteps(steps, total);
            return steps < warmup ? peak * steps / warmup : peak * (total - steps) / (total - warmup);
        };
    }

    private static void checkRate(String name, double lr) {
        if (!(lr >= 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException(name + "=" + lr + ": expected a finite value >= 0");
        }
    }

    private static void checkTotal(long total) {
        if (total <= 0) {
            throw new IllegalArgumentException("schedule total=" + total + ": expected > 0");
        }
    }

    private static void checkSteps(long steps, long total) {
        if (steps < 0 || steps > total) {
            throw new IllegalArgumentException("scheduler step " + steps + " is outside [0, " + total + "]");
        }
    }
}
