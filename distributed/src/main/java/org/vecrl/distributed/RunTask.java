package org.vecrl.distributed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vecrl.algorithms.train.RunConfig;
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
        RESUMED,
        /** The run trained (or resumed) up to a rung of successive halving and stopped there. */
        TO_RUNG
    }

    /** Runs, resumes or skips {@code run} and says which. */
    public static Outcome execute(SweepRun run) {
        return execute(run, 0);
    }

    /**
     * As {@link #execute(SweepRun)}, but with {@code stopAt > 0} ends the run after its first checkpoint at or past
     * {@code stopAt} steps (a rung), or skips it when it has one already.
     */
    public static Outcome execute(SweepRun run, long stopAt) {
        RunDirectory dir = new RunDirectory(run.path());
        if (Files.isRegularFile(dir.summary())
                || (stopAt > 0 && TaskProgress.checkpointStep(dir).orElse(0) >= stopAt)) {
            LOG.info("{}: finished before, skipped", run.name());
            return Outcome.SKIPPED;
        }
        deleteFinalCheckpoint(dir);
        RunConfig config = run.resolve();
        TaskProgress progress = new TaskProgress(run, stopAt, config.run().checkpointEvery());
        boolean resume = Files.isRegularFile(dir.config())
                && dir.latestPeriodicCheckpoint().isPresent();
        Summary summary;
        try {
            summary =
                    resume ? TrainingRun.resume(dir.root(), progress) : TrainingRun.train(config, dir.root(), progress);
        } catch (TaskProgress.RungReached e) {
            LOG.info("{}", e.getMessage());
            return Outcome.TO_RUNG;
        }
        Outcome outcome = resume ? Outcome.RESUMED : Outcome.TRAINED;
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
