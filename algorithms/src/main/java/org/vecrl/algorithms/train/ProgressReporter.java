package org.vecrl.algorithms.train;

import java.io.PrintStream;
import java.util.Locale;
import org.vecrl.core.progress.ProgressBar;

/**
 * Shows a run's progress (steps, SPS, mean return, ETA, or a status text of the caller's, such as a language
 * model's tokens/s and loss): a redrawn bar on an interactive terminal,
 * plain log lines every {@code lineIntervalSeconds} otherwise, or nothing.
 */
public abstract class ProgressReporter {

    /**
     * Reports one moment of the run; called after every iteration (a DQN iteration is one environment step), so
     * the status text is built only when {@link #isDue} says it would be shown.
     */
    public final void update(long step, long totalSteps, double elapsedSeconds, double sps, Double meanReturn) {
        if (isDue(elapsedSeconds)) {
            update(step, totalSteps, elapsedSeconds, status(step, totalSteps, elapsedSeconds, sps, meanReturn));
        }
    }

    /** Whether an update at {@code elapsedSeconds} would be shown: always, unless an implementation rate-limits. */
    protected boolean isDue(double elapsedSeconds) {
        return true;
    }

    /** Ends the display (a final line or newline). */
    public final void finish(long step, long totalSteps, double elapsedSeconds, double sps, Double meanReturn) {
        finish(step, totalSteps, elapsedSeconds, status(step, totalSteps, elapsedSeconds, sps, meanReturn));
    }

    /**
     * Reports {@code done} of {@code total} units with a caller-made {@code status} text (e.g. a language
     * model's tokens/s, loss and ETA); called after every iteration (implementations rate-limit).
     */
    public abstract void update(long done, long total, double elapsedSeconds, String status);

    /** Ends the display with a last {@code status} (a final line or newline). */
    public abstract void finish(long done, long total, double elapsedSeconds, String status);

    /** Shows nothing. */
    public static ProgressReporter none() {
        return new ProgressReporter() {
            @Override
            protected boolean isDue(double elapsedSeconds) {
                return false;
            }

            @Override
            public void update(long done, long total, double elapsedSeconds, String status) {}

            @Override
            public void finish(long done, long total, double elapsedSeconds, String status) {}
        };
    }

    /** A bar on {@code out} when the JVM has a console, else a line every {@code lineIntervalSeconds}. */
    public static ProgressReporter console(PrintStream out, double lineIntervalSeconds) {
        return new Console(out, System.console() != null, lineIntervalSeconds);
    }

    /** The status text shared by the bar and the log lines. */
    static String status(long step, long totalSteps, double elapsedSeconds, double sps, Double meanReturn) {
        double eta = sps > 0 ? Math.max(0, totalSteps - step) / sps : Double.NaN;
        return String.format(
                Locale.ROOT,
                "%,d/%,d steps  %,.0f SPS  mean return %s  elapsed %s  ETA %s",
                step,
                totalSteps,
                sps,
                meanReturn == null ? "-" : String.format(Locale.ROOT, "%.1f", meanReturn),
                duration(elapsedSeconds),
                Double.isNaN(eta) ? "-" : duration(eta));
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour on. */
    public static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static final class Console extends ProgressReporter {
        private final PrintStream out;
        private final boolean terminal;
        private final double interval;
        private double lastShown = Double.NEGATIVE_INFINITY;

        Console(PrintStream out, boolean terminal, double lineIntervalSeconds) {
            this.out = out;
            this.terminal = terminal;
            this.interval = terminal ? 0.2 : lineIntervalSeconds;
        }

        @Override
        protected boolean isDue(double elapsedSeconds) {
            return elapsedSeconds - lastShown >= interval;
        }

        @Override
        public void update(long done, long total, double elapsedSeconds, String status) {
            if (isDue(elapsedSeconds)) {
                lastShown = elapsedSeconds;
                show(done, total, status);
            }
        }

        @Override
        public void finish(long done, long total, double elapsedSeconds, String status) {
            show(done, total, status);
            if (terminal) {
                out.println();
            }
            out.flush();
        }

        private void show(long done, long total, String status) {
            if (terminal) {
                out.print("\r" + ProgressBar.bar(done, total) + " " + status + "   ");
            } else {
                out.println(status);
            }
            out.flush();
        }
    }
}
