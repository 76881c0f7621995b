package org.vecrl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vecrl.algorithms.train.LearningCurves;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vecrl plot}: learning curves of one or more runs in {@code <out>/curves.png}. */
@Command(
        name = "plot",
        mixinStandardHelpOptions = true,
        description = {
            "Plot return vs steps from episodes.arrow into <out>/curves.png; runs of the same algo/env also get a "
                    + "mean ± std band.",
            "Runs that share algo, env and seed are labelled by their directory name; runs without finished episodes are "
                    + "skipped with a warning."
        })
final class PlotCommand implements Callable<Integer> {
    static final String FILE = "curves.png";

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Run directories.")
    List<Path> runs;

    @Option(
            names = "--out",
            required = true,
            description = OutDir.DESCRIPTION + ": " + FILE + " (replaced if present).")
    Path out;

    @Option(
            names = "--window",
            defaultValue = "20",
            description = "Episodes in the moving average (default ${DEFAULT-VALUE}).")
    int window;

    @Mixin
    JsonOption jsonOption;

    @Override
    public Integer call() {
        if (window < 1) {
            throw new IllegalArgumentException("--window " + window + ": expected >= 1");
        }
        PrintWriter err = jsonOption.err();
        List<String> skipped = new ArrayList<>();
        OutDir.requireDirectory(out);
        Path png = out.resolve(FILE);
        List<String> curves = LearningCurves.plot(runs, png, window, warning -> {
            skipped.add(warning);
            err.println("vecrl plot: " + warning);
            err.flush();
        });
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", png.toString());
        result.put("curves", curves);
        result.put("skipped", skipped);
        jsonOption.print(result, () -> "wrote " + png + " (" + curves.size() + " curves)" + System.lineSeparator());
        return 0;
    }
}
