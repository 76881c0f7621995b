package org.vecrl.distributed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.vecrl.algorithms.train.Config;
import org.vecrl.algorithms.train.MemoryBudget;
import org.vecrl.algorithms.train.RunConfig;
import org.vecrl.core.io.AtomicFiles;

/**
 * Runs a sweep as one Spark job: every run's configuration is resolved (and so checked) before anything is
 * written, the spec goes to sweep.yaml, then one Spark task per run executes {@link RunTask} with the run's
 * directory under the sweep directory. The sweep directory must be on a filesystem every executor sees.
 */
public final class Sweep {
    private Sweep() {}

    /**
     * Checks every run of {@code spec}, writes {@code out/sweep.yaml} and runs the sweep on {@code spark}; returns
     * how many runs were trained, resumed and skipped. A directory that holds a different sweep fails.
     */
    public static Map<RunTask.Outcome, Integer> run(SweepSpec spec, Path out, JavaSparkContext spark) {
        List<SweepRun> runs = validate(spec, out);
        writeSpec(spec, out);
        List<RunTask.Outcome> outcomes =
                spark.parallelize(runs, runs.size()).map(RunTask::execute).collect();
        Map<RunTask.Outcome, Integer> counts = new EnumMap<>(RunTask.Outcome.class);
        outcomes.forEach(o -> counts.merge(o, 1, Integer::sum));
        return counts;
    }

    /** The runs of {@code spec} under {@code out}, each resolved as {@code vecrl train} would; the first bad one fails. */
    public static List<SweepRun> validate(SweepSpec spec, Path out) {
        List<SweepRun> runs = spec.runs(out);
        for (SweepRun run : runs) {
            RunConfig config = run.resolve();
            MemoryBudget.require(config);
        }
        return runs;
    }

    private static void writeSpec(SweepSpec spec, Path out) {
        Path file = SweepDirectory.spec(out);
        if (Files.isRegularFile(file)) {
            SweepSpec existing = SweepSpec.fromMap(Config.readYaml(file), file.toString());
            if (!existing.equals(spec)) {
                throw new IllegalArgumentException(out + " holds a different sweep (" + file + ": " + existing.toMap()
                        + "; this one: " + spec.toMap() + "): expected the same spec to continue it, or another --out");
            }
            return;
        }
        try {
            Files.createDirectories(SweepDirectory.runs(out));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + SweepDirectory.runs(out) + ": " + e.getMessage(), e);
        }
        AtomicFiles.writeString(file, Config.toYaml(spec.toMap()));
    }
}
