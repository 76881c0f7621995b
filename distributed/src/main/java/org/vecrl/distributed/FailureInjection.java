package org.vecrl.distributed;

import org.apache.spark.TaskContext;
import org.vecrl.algorithms.train.ProgressReporter;
import org.vecrl.algorithms.train.RunDirectory;

/**
 * A test hook for Spark's retry-with-resume: when the system property {@value #PROPERTY} names a run
 * ({@code <config-id>-seed<seed>}), the first attempt of that run's task fails right after the run wrote its
 * first periodic checkpoint; later attempts (Spark's retries) run normally. Unset, it does nothing.
 */
final class FailureInjection {
    /** The system property naming the run whose first attempt fails. */
    static final String PROPERTY = "vecrl.sweep.failOnce";

    private FailureInjection() {}

    /** The progress reporter of {@code run}'s task: one that fails once as described above, or a silent one. */
    static ProgressReporter reporter(SweepRun run) {
        TaskContext task = TaskContext.get();
        boolean firstAttempt = task == null || task.attemptNumber() == 0;
        if (!firstAttempt || !run.name().equals(System.getProperty(PROPERTY))) {
            return ProgressReporter.none();
        }
        RunDirectory dir = new RunDirectory(run.path());
        return new ProgressReporter() {
            @Override
            public void update(long done, long total, double elapsedSeconds, String status) {
                if (dir.latestPeriodicCheckpoint().isPresent()) {
                    throw new IllegalStateException(
                            "injected failure of " + run.name() + " at step " + done + " (" + PROPERTY + ")");
                }
            }

            @Override
            public void finish(long done, long total, double elapsedSeconds, String status) {}
        };
    }
}
