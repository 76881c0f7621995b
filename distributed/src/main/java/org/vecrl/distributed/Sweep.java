package org.vecrl.distributed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.vecrl.algorithms.train.Config;
import org.vecrl.algorithms.train.MemoryBudget;
import org.vecrl.algorithms.train.RunConfig;
import org.vecrl.core.io.AtomicFiles;
import org.vecrl.core.io.Json;

/**
 * Runs a sweep as Spark jobs: every run's configuration is resolved (and so checked) before anything is
 * written, the spec goes to sweep.yaml, then one Spark task per run executes {@link RunTask} with the run's
 * directory under the sweep directory. With {@link Halving successive halving}, each rung is one job over the
 * surviving configurations, and halving.json records the rung scores and promotions. The sweep directory must
 * be on a filesystem every executor sees.
 */
public final class Sweep {
    private Sweep() {}

    /**
     * Checks every run of {@code spec}, writes {@code out/sweep.yaml} and runs the sweep on {@code spark}; returns
     * how many tasks trained, resumed, stopped at a rung or skipped their run. A directory that holds a different
     * sweep fails.
     */
    public static Map<RunTask.Outcome, Integer> run(SweepSpec spec, Path out, JavaSparkContext spark) {
        List<SweepRun> runs = validate(spec, out);
        if (!Files.isRegularFile(SweepFile.SPEC.in(out))) {
            writeSpec(spec, out);
        }
        Map<RunTask.Outcome, Integer> counts = new EnumMap<>(RunTask.Outcome.class);
        List<Configuration> alive = spec.configurations();
        if (spec.halving() != null) {
            List<Map<String, Object>> rungs = new ArrayList<>();
            for (long budget : spec.halving().rungs(totalSteps(runs))) {
                List<SweepRun> rungRuns = of(runs, alive);
                count(
                        counts,
                        spark.parallelize(rungRuns, rungRuns.size())
                                .map(r -> RunTask.execute(r, budget))
                                .collect());
                Map<String, Double> scores = new LinkedHashMap<>();
                alive.forEach(c -> scores.put(c.id(), RungScore.mean(of(runs, List.of(c)), budget)));
                List<Configuration> ranked = new ArrayList<>(alive);
                ranked.sort(Comparator.comparingDouble((Configuration c) -> scores.get(c.id()))
                        .reversed());
                alive = ranked.subList(0, spec.halving().keep(alive.size()));
                Map<String, Object> rung = new LinkedHashMap<>();
                rung.put("budget", budget);
                rung.put("scores", scores);
                rung.put("promoted", alive.stream().map(Configuration::id).toList());
                rungs.add(rung);
            }
            Json.writeFile(SweepFile.HALVING.in(out), Map.of("rungs", rungs));
        }
        List<SweepRun> finals = of(runs, alive);
        count(
                counts,
                spark.parallelize(finals, finals.size()).map(RunTask::execute).collect());
        return counts;
    }

    /**
     * The runs of {@code spec} under {@code out}, each resolved as {@code vecrl train} would; the first bad one
     * fails, and so does a directory that holds a different sweep. Writes nothing.
     */
    public static List<SweepRun> validate(SweepSpec spec, Path out) {
        requireSameSpec(spec, out);
        List<SweepRun> runs = spec.runs(out);
        for (SweepRun run : runs) {
            RunConfig config = run.resolve();
            MemoryBudget.require(config);
            long every = config.run().checkpointEvery();
            if (spec.halving() != null && spec.halving().minSteps() % every != 0) {
                throw new IllegalArgumentException(
                        "--min-steps " + spec.halving().minSteps()
                                + " is not a multiple of checkpoint_every=" + every + " (" + run.name()
                                + "): expected rungs at checkpoints, e.g. --set checkpoint_every="
                                + spec.halving().minSteps());
            }
        }
        return runs;
    }

    private static long totalSteps(List<SweepRun> runs) {
        return runs.stream()
                .mapToLong(r -> r.resolve().run().totalTimesteps())
                .min()
                .orElseThrow();
    }

    private static List<SweepRun> of(List<SweepRun> runs, List<Configuration> configs) {
        return runs.stream().filter(r -> configs.contains(r.configuration())).toList();
    }

    private static void count(Map<RunTask.Outcome, Integer> counts, List<RunTask.Outcome> outcomes) {
        outcomes.forEach(o -> counts.merge(o, 1, Integer::sum));
    }

    private static void requireSameSpec(SweepSpec spec, Path out) {
        Path file = SweepFile.SPEC.in(out);
        if (Files.isRegularFile(file)) {
            SweepSpec existing = SweepSpec.fromMap(Config.readYaml(file), file.toString());
            if (!existing.equals(spec)) {
                throw new IllegalArgumentException(out + " holds a different sweep (" + file + ": " + existing.toMap()
                        + "; this one: " + spec.toMap() + "): expected the same spec to continue it, or another --out");
            }
        }
    }

    private static void writeSpec(SweepSpec spec, Path out) {
        Path file = SweepFile.SPEC.in(out);
        try {
            Files.createDirectories(SweepFile.RUNS.in(out));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + SweepFile.RUNS.in(out) + ": " + e.getMessage(), e);
        }
        AtomicFiles.writeString(file, Config.toYaml(spec.toMap()));
    }
}
