package org.vecrl.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.vecrl.algorithms.train.LearningCurves;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vecrl plot}: learning curves of one or more runs in a PNG. */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = "Plot return vs steps from episodes.arrow; runs of the same algo/env also get a mean ± std band.")
final class PlotCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Run directories.")
    List<Path> runs;

    @Option(names = "--out", required = true, description = "The PNG file to write.")
    Path out;

    @Option(names = "--window", defaultValue = "20", description = "Episodes in the moving average (default ${DEFAULT-VALUE}).")
    int window;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (window < 1) {
            throw new IllegalArgumentException("--window " + window + ": expected >= 1");
        }
        LearningCurves.plot(runs, out, window);
        spec.commandLine().getOut().println("wrote " + out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
