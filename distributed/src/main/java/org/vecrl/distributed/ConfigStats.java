package org.vecrl.distributed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The statistics of one configuration across its seeds: the mean and interquartile mean of the run scores with
 * stratified-bootstrap 95 % intervals ({@link Rliable}), and, when the environment has a reward threshold, the
 * success rate (runs that reached it) and the steps each successful run needed.
 *
 * @param configuration    the configuration
 * @param seeds            the seeds of the runs with a score
 * @param mean             mean score with its interval
 * @param iqm              interquartile mean with its interval
 * @param successRate      fraction of runs that reached the reward threshold, or null without a threshold
 * @param stepsToThreshold steps to the threshold of the successful runs, ascending
 */
public record ConfigStats(
        Configuration configuration,
        List<Long> seeds,
        Rliable.Estimate mean,
        Rliable.Estimate iqm,
        Double successRate,
        List<Long> stepsToThreshold) {
    /** Bootstrap resamples per interval. */
    public static final int REPS = 2000;
    /** Coverage of the intervals. */
    public static final double LEVEL = 0.95;
    /** Seed of the bootstrap generator. */
    public static final long SEED = 0;

    /** The statistics of {@code results}, all runs of {@code configuration}; null when none has a score. */
    public static ConfigStats of(Configuration configuration, List<RunResult> results) {
        List<RunResult> scored = results.stream().filter(r -> r.score() != null).toList();
        if (scored.isEmpty()) {
            return null;
        }
        double[][] scores = {scored.stream().mapToDouble(RunResult::score).toArray()};
        Double successRate = null;
        List<Long> steps = new ArrayList<>();
        if (scored.get(0).number("reward_threshold") != null) {
            scored.stream()
                    .map(r -> r.number("steps_to_threshold"))
                    .filter(Objects::nonNull)
                    .forEach(s -> steps.add(s.longValue()));
            steps.sort(null);
            successRate = (double) steps.size() / scored.size();
        }
        return new ConfigStats(
                configuration,
                scored.stream().map(r -> r.run().seed()).toList(),
                Rliable.bootstrap(scores, Rliable::mean, REPS, LEVEL, SEED),
                Rliable.bootstrap(scores, Rliable::iqm, REPS, LEVEL, SEED),
                successRate,
                steps);
    }
}
