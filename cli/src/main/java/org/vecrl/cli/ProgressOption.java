package org.vecrl.cli;

import java.io.PrintWriter;
import java.io.Writer;
import org.vecrl.algorithms.train.ProgressReporter;
import org.vecrl.core.progress.ProgressBar;
import picocli.CommandLine.Option;

/** The {@code --no-progress} option shared by the long-running commands; progress goes to stderr. */
final class ProgressOption {
    @Option(names = "--no-progress", description = "Do not show progress on stderr.")
    boolean noProgress;

    /** A progress bar on {@code err}, or one that draws nothing with {@code --no-progress}. */
    ProgressBar bar(String label, long total, String unit, PrintWriter err) {
        return noProgress
                ? new ProgressBar(label, total, unit, new PrintWriter(Writer.nullWriter()), false)
                : ProgressBar.onStderr(label, total, unit, err);
    }

    /** A training run's progress on stderr (a line every 10 s when it is not a terminal), or none with {@code --no-progress}. */
    ProgressReporter reporter() {
        return noProgress ? ProgressReporter.none() : ProgressReporter.console(System.err, 10);
    }
}
