package org.vecrl.distributed;

import java.util.List;
import org.vecrl.algorithms.train.RunDirectory;
import org.vecrl.core.io.ArrowTables;

/**
 * The score of a configuration at a rung of successive halving: per run, the mean return of its last
 * {@value #WINDOW} episodes that ended by the rung's step budget (as summary.json's final_mean_return), then
 * the mean over the configuration's seeds; a run without an episode by then scores minus infinity.
 */
final class RungScore {
    private static final int WINDOW = 20;

    private RungScore() {}

    /** The mean over {@code runs} of their scores at {@code budget} steps. */
    static double mean(List<SweepRun> runs, long budget) {
        return runs.stream().mapToDouble(r -> of(r, budget)).average().orElseThrow();
    }

    private static double of(SweepRun run, long budget) {
        List<Double> returns = ArrowTables.read(new RunDirectory(run.path()).episodesArrow()).stream()
                .filter(e -> ((Number) e.get("step")).longValue() <= budget)
                .map(e -> ((Number) e.get("return")).doubleValue())
                .toList();
        return returns.isEmpty()
                ? Double.NEGATIVE_INFINITY
                : returns.subList(Math.max(0, returns.size() - WINDOW), returns.size()).stream()
                        .mapToDouble(Double::doubleValue)
                        .average()
                        .orElseThrow();
    }
}
