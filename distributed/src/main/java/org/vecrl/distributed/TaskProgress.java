package org.vecrl.distributed;

import java.util.OptionalLong;
import org.vecrl.algorithms.train.ProgressReporter;
import org.vecrl.algorithms.train.RunDirectory;

/**
 * The progress reporter of a sweep task's run, which shows nothing but can end the run after a periodic
 * checkpoint: at the first iteration after a checkpoint at or past {@code stopAt} (a rung of successive
 * halving) with {@link RungReached}, and, when {@link FailureInjection} is armed, after the first checkpoint
 * with an injected failure. Ending a run there loses at most one iteration: a resume starts from the checkpoint.
 * It lists the run's checkpoints only once the run has passed a multiple of {@code checkpoint_every} beyond the
 * latest checkpoint it saw (a DQN iteration is one environment step: listing the folder at each would slow the
 * run down).
 */
final class TaskProgress extends ProgressReporter {
    private final SweepRun run;
    private final RunDirectory dir;
    private final long stopAt;
    private final boolean failOnce;
    private final long checkpointEvery;
    /** The step of the latest checkpoint seen: no newer one can exist before the next multiple of the interval. */
    private long latestSeen;

    /** Thrown to end a run that reached its rung; the sweep catches it. */
    static final class RungReached extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RungReached(String message) {
            super(message);
        }
    }

    /**
     * @param stopAt the rung budget to stop at, or 0 to run to the end
     * @param checkpointEvery the run's {@code checkpoint_every}
     */
    TaskProgress(SweepRun run, long stopAt, long checkpointEvery) {
        this.run = run;
        this.dir = new RunDirectory(run.path());
        this.stopAt = stopAt;
        this.failOnce = FailureInjection.armed(run);
        this.checkpointEvery = checkpointEvery;
    }

    /** The step of the run's latest periodic checkpoint, if it has one. */
    static OptionalLong checkpointStep(RunDirectory dir) {
        return dir.latestPeriodicCheckpoint()
                .map(p -> OptionalLong.of(
                        Long.parseLong(p.getFileName().toString().replaceAll("\\D", ""))))
                .orElse(OptionalLong.empty());
    }

    @Override
    public void update(long done, long total, double elapsedSeconds, String status) {
        if ((!failOnce && stopAt <= 0) || done / checkpointEvery * checkpointEvery <= latestSeen) {
            return;
        }
        OptionalLong checkpoint = checkpointStep(dir);
        if (checkpoint.isEmpty()) {
            return;
        }
        latestSeen = checkpoint.getAsLong();
        if (failOnce) {
            throw new IllegalStateException(
                    "injected failure of " + run.name() + " at step " + done + " (" + FailureInjection.PROPERTY + ")");
        }
        if (latestSeen >= stopAt) {
            throw new RungReached(run.name() + " reached its rung of " + stopAt + " steps");
        }
    }

    @Override
    public void finish(long done, long total, double elapsedSeconds, String status) {}
}
