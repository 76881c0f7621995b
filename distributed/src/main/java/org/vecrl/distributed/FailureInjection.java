package org.vecrl.distributed;

import org.apache.spark.TaskContext;

/**
 * A test hook for Spark's retry-with-resume: when the system property {@value #PROPERTY} names a run
 * ({@code <config-id>-seed<seed>}), the first attempt of that run's task fails right after the run wrote its
 * first periodic checkpoint ({@link TaskProgress}); later attempts (Spark's retries) run normally. Unset, it does
 * nothing.
 */
final class FailureInjection {
    /** The system property naming the run whose first attempt fails. */
    static final String PROPERTY = "vecrl.sweep.failOnce";

    private FailureInjection() {}

    /** Whether this attempt of {@code run}'s task is to fail after its first checkpoint. */
    static boolean armed(SweepRun run) {
        TaskContext task = TaskContext.get();
        boolean firstAttempt = task == null || task.attemptNumber() == 0;
        return firstAttempt && run.name().equals(System.getProperty(PROPERTY));
    }
}
