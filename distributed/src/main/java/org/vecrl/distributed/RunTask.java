package org.vecrl.distributed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vecrl.algorithms.train.RunDirectory;
import org.vecrl.algorithms.train.Summary;
import org.vecrl.algorithms.train.TrainingRun;

/**
 * The body of one Spark task: brings one {@link SweepRun} to a finished run directory through the code path of
 * {@code vecrl train} ({@link TrainingRun}). A run whose summary.json exists is skipped; one with a periodic
 * checkpoint (an earlier attempt that failed, or a sweep that was stopped) resumes from it as
 * {@code vecrl train --resume} does; otherwise it starts afresh.
 */
public final class RunTask {
    private static final Logger LOG = LoggerFactory.getLogger(RunTask.class);

    private RunTask() {}

    /** What a task did with its run. */
    public enum Outcome {
        /** The run had finished before: nothing ran. */
        SKIPPED,
        /** The run was trained from the start. */
        TRAINED,
        /** The run continued from its latest periodic checkpoint. */
        RESUMED
    }

    /** Runs, resumes or skips {@code run} and says which. */
    public static Outcome execute(SweepRun run) {
        RunDirectory dir = new RunDirectory(run.path());
        if (Files.isRegularFile(dir.summary())) {
            LOG.info("{}: finished before (summary.json exists), skipped", run.name());
            return Outcome.SKIPPED;
        }
        deleteFinalCheckpoint(dir);
        Summary summary;
        Outcome outcome;
        if (Files.isRegularFile(dir.config()) && dir.latestPeriodicCheckpoint().isPresent()) {
            summary = TrainingRun.resume(dir.root(), FailureInjection.reporter(run));
            outcome = Outcome.RESUMED;
        } else {
            summary = TrainingRun.train(run.resolve(), dir.root(), FailureInjection.reporter(run));
            outcome = Outcome.TRAINED;
        }
        LOG.info(
                "{}: {} {} steps in {} s, mean return {}",
                run.name(),
                outcome.name().toLowerCase(java.util.Locale.ROOT),
                summary.totalSteps(),
                Math.round(summary.wallSeconds()),
                summary.finalMeanReturn());
        return outcome;
    }

    /**
     * A run that stopped after its final checkpoint but before summary.json: the final checkpoint goes, so that
     * the run resumes from its latest periodic checkpoint (or starts afresh) and ends the same way.
     */
    private static void deleteFinalCheckpoint(RunDirectory dir) {
        try {
            Files.deleteIfExists(dir.finalCheckpoint());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir.finalCheckpoint() + ": " + e.getMessage(), e);
        }
    }
}
