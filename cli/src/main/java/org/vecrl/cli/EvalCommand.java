package org.vecrl.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vecrl.algorithms.train.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vecrl eval}: plays episodes with a trained policy and reports mean ± std return. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Evaluate a run (its final or latest checkpoint) or a checkpoint file.")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR|CHECKPOINT", description = "A run directory or a checkpoint file.")
    Path path;

    @Option(names = "--episodes", defaultValue = "10", description = "Episodes to play (default ${DEFAULT-VALUE}).")
    int episodes;

    @Option(names = "--deterministic", description = "Greedy / most likely actions.")
    boolean deterministic;

    @Option(
            names = "--seed",
            defaultValue = "0",
            description = "Seed of the env and policy generators (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--gif", description = "Write the first episode(s) as an animated GIF.")
    Path gif;

    @Option(
            names = "--gif-episodes",
            defaultValue = "1",
            description = "Episodes in the GIF (default ${DEFAULT-VALUE}).")
    int gifEpisodes;

    @Mixin
    JsonOption jsonOption;

    @Override
    public Integer call() {
        Evaluation result = evaluate();
        jsonOption.print(result.toMap(), () -> text(result));
        return 0;
    }

    private Evaluation evaluate() {
        if (gif != null) {
            try (AnimatedGif writer = new AnimatedGif(gif, 20)) {
                return Evaluation.run(
                        path, episodes, deterministic, seed, (BufferedImage frame) -> writer.add(frame), gifEpisodes);
            }
        }
        return Evaluation.run(path, episodes, deterministic, seed, null, 0);
    }

    private String text(Evaluation result) {
        String nl = System.lineSeparator();
        return String.format(
                        Locale.ROOT,
                        "mean return %.2f ± %.2f over %d episodes (%s)",
                        result.mean(),
                        result.std(),
                        episodes,
                        result.checkpoint())
                + nl
                + (gif != null ? "gif: " + gif + nl : "");
    }
}
