package org.vecrl.core.progress;

import java.io.PrintWriter;

/**
 * Progress of a long command on stderr. On a terminal ({@code System.console() != null}) it redraws one line
 * in place, {@code label [=====>    ]  45% 450/1000 episodes  3.1s, eta 3.8s}, whenever the percentage
 * changes; otherwise (logs, pipes, tests) it prints a plain line at every 10%. Thread-safe; updates that
 * arrive out of order never move it backwards. {@link #bar(long, long)} draws the bar itself for other
 * displays (the training run's SPS/ETA line).
 */
public final class ProgressBar implements AutoCloseable {
    private static final int BAR_WIDTH = 30;

    private final String label;
    private final long total;
    private final String unit;
    private final PrintWriter out;
    private final boolean interactive;
    private final long startNanos = System.nanoTime();
    private long done;
    private int lastMark = -1;
    private int lastLength;
    private boolean closed;

    /**
     * @param label       what is running, at the start of each line
     * @param total       the amount of work (at least 1)
     * @param unit        the name of a unit of work, e.g. "episodes"
     * @param out         where to draw
     * @param interactive redraw one line in place (a terminal) rather than print a line every 10%
     */
    public ProgressBar(String label, long total, String unit, PrintWriter out, boolean interactive) {
        if (total < 1) {
            throw new IllegalArgumentException("progress total=" + total + ": expected >= 1");
        }
        this.label = label;
        this.total = total;
        this.unit = unit;
        this.out = out;
        this.interactive = interactive;
    }

    /** A bar on {@code err} that redraws in place when the JVM has a console. */
    public static ProgressBar onStderr(String label, long total, String unit, PrintWriter err) {
        return new ProgressBar(label, total, unit, err, System.console() != null);
    }

    /** Records that {@code completed} units are done. */
    public synchronized void update(long completed) {
        if (closed || completed <= done) {
            return;
        }
        done = Math.min(completed, total);
        int mark = interactive ? (int) (100 * done / total) : (int) (10 * done / total);
        if (mark > lastMark && (interactive || mark > 0)) {
            lastMark = mark;
            out.print(interactive ? redraw() : line() + System.lineSeparator());
            out.flush();
        }
    }

    /** Ends the bar: an interactive bar moves to the next line. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            if (interactive && lastMark >= 0) {
                out.println();
            }
            out.flush();
        }
    }

    /** The bar after a carriage return, padded to blank out the rest of a longer previous bar. */
    private String redraw() {
        String bar = bar();
        String padding = " ".repeat(Math.max(0, lastLength - bar.length()));
        lastLength = bar.length();
        return "\r" + bar + padding;
    }

    private String bar() {
        return label + " " + bar(done, total) + " "
                + String.format("%3d%% %d/%d %s  %s", 100 * done / total, done, total, unit, times());
    }

    /**
     * The bar of {@code done} out of {@code total}, {@code [=====>    ]} (30 cells; full when done >= total,
     * empty with the arrow first when done <= 0 or total < 1).
     */
    public static String bar(long done, long total) {
        long clamped = Math.max(0, Math.min(done, total));
        int filled = total < 1 ? 0 : (int) (BAR_WIDTH * clamped / total);
        StringBuilder sb = new StringBuilder(BAR_WIDTH + 2).append('[');
        for (int i = 0; i < BAR_WIDTH; i++) {
            sb.append(i < filled ? '=' : i == filled ? '>' : ' ');
        }
        return sb.append(']').toString();
    }

    private String line() {
        return String.format("%s: %d%% (%d/%d %s, %s)", label, 100 * done / total, done, total, unit, times());
    }

    private String times() {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        if (done >= total) {
            return String.format("%.1fs", elapsed);
        }
        return String.format("%.1fs, eta %.1fs", elapsed, elapsed * (total - done) / done);
    }
}
