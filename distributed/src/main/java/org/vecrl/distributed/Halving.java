package org.vecrl.distributed;

import java.util.ArrayList;
import java.util.List;

/**
 * Successive halving of a random search ({@code --halving ETA --min-steps B}): every configuration trains to
 * B steps, the best 1/ETA (by mean rung score across seeds) go on to B·ETA steps, and so on; the survivors of
 * the last rung below {@code total_timesteps} finish their runs. Each rung is one Spark job; a stopped run keeps
 * its directory and checkpoints, a promoted one resumes from its checkpoint at the rung, so its results equal an
 * uninterrupted run's.
 *
 * @param eta      the reduction factor (>= 2)
 * @param minSteps the first rung's budget (a multiple of {@code checkpoint_every})
 */
public record Halving(int eta, long minSteps) {

    public Halving {
        if (eta < 2 || minSteps < 1) {
            throw new IllegalArgumentException(
                    "--halving " + eta + " --min-steps " + minSteps + ": expected ETA >= 2 and a positive budget");
        }
    }

    /** The rung budgets below {@code totalSteps}: minSteps, minSteps·eta, ... */
    public List<Long> rungs(long totalSteps) {
        List<Long> rungs = new ArrayList<>();
        for (long b = minSteps; b < totalSteps; b *= eta) {
            rungs.add(b);
        }
        return rungs;
    }

    /** How many of {@code n} configurations a rung promotes: n / eta rounded up. */
    public int keep(int n) {
        return (n + eta - 1) / eta;
    }
}
