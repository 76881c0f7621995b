package org.vecrl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.core.io.Json;
import org.vecrl.core.io.TableLog;
import org.vecrl.core.io.TableLog.Column;
import org.vecrl.core.io.tensorboard.EventFileReader;

/** {@code vecrl train}, {@code eval} and {@code plot} end to end on tiny CartPole runs. */
class TrainEvalPlotCommandTest {

    private record Result(int status, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = VecRl.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(status, out.toString(), err.toString());
    }

    private static Result train(Path dir, int seed, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "train",
                "--algo",
                "dqn",
                "--env",
                "CartPole-v1",
                "--preset",
                "curriculum",
                "--seed",
                Integer.toString(seed),
                "--total-steps",
                "1500",
                "--set",
                "buffer_size=500",
                "--set",
                "learning_starts=500",
                "--set",
                "hidden_sizes=16",
                "--out",
                dir.toString(),
                "--no-progress"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void trainsEvaluatesAndPlots(@TempDir Path tmp) throws Exception {
        Result t1 = train(tmp.resolve("a"), 1);
        assertThat(t1.status()).as(t1.err()).isZero();
        assertThat(t1.out())
                .contains(
                        "run directory: " + tmp.resolve("a"),
                        "dqn on CartPole-v1 (seed 1): 1500 steps in ",
                        "mean return of the last 20 episodes ",
                        "threshold 475.0 not reached",
                        "deterministic evaluation: mean return ");
        assertThat(t1.err()).isEmpty();
        assertThat(tmp.resolve("a/tensorboard")).doesNotExist();

        Result t2 = train(tmp.resolve("b"), 2, "--json", "--tensorboard");
        assertThat(t2.status()).as(t2.err()).isZero();
        assertThat(Json.readObject(t2.out()))
                .as("stdout is only the summary")
                .containsEntry("total_steps", 1500)
                .containsEntry("seed", 2);
        assertThat(t2.err()).contains("run directory: " + tmp.resolve("b"));
        try (Stream<Path> events = Files.list(tmp.resolve("b/tensorboard"))) {
            Path file = events.findFirst().orElseThrow();
            assertThat(EventFileReader.read(file))
                    .flatExtracting(EventFileReader.Event::scalars)
                    .extracting(EventFileReader.Scalar::tag)
                    .contains("charts/sps", "train/td_loss", "charts/episodic_return");
        }

        Result eval = run("eval", tmp.resolve("a").toString(), "--episodes", "3", "--deterministic", "--json");
        assertThat(eval.status()).as(eval.err()).isZero();
        Map<String, Object> json = Json.readObject(eval.out());
        assertThat(json).containsEntry("episodes", 3).containsKeys("mean_return", "std_return", "returns");
        assertThat((List<?>) json.get("returns")).hasSize(3);
        assertThat(((Number) json.get("mean_return")).doubleValue()).isBetween(1.0, 500.0);

        Path gif = tmp.resolve("a.gif");
        Result withGif = run(
                "eval", tmp.resolve("a/checkpoints/final.ckpt").toString(), "--episodes", "1", "--gif", gif.toString());
        assertThat(withGif.status()).as(withGif.err()).isZero();
        assertThat(withGif.out()).startsWith("mean return ").contains("over 1 episodes");
        double length = Double.parseDouble(withGif.out().split(" ")[2]);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true))
                    .as("one frame per step plus the reset frame")
                    .isEqualTo((int) length + 1);
            BufferedImage first = reader.read(0);
            assertThat(first.getWidth()).isPositive();
        }

        Path plots = tmp.resolve("plots");
        Result plot = run("plot", tmp.resolve("a").toString(), tmp.resolve("b").toString(), "--out", plots.toString());
        assertThat(plot.status()).as(plot.err()).isZero();
        assertThat(plot.out())
                .isEqualTo("wrote " + plots.resolve("curves.png") + " (2 curves)" + System.lineSeparator());
        BufferedImage image = ImageIO.read(plots.resolve("curves.png").toFile());
        assertThat(image.getWidth()).isEqualTo(1000);

        assertPlotLabelsSharedRunsByDirectoryAndSkipsEmptyRuns(tmp);
    }

    private static void assertPlotLabelsSharedRunsByDirectoryAndSkipsEmptyRuns(Path tmp) throws Exception {
        Path copy = tmp.resolve("a-again");
        Files.createDirectories(copy);
        Files.copy(tmp.resolve("a/config.yaml"), copy.resolve("config.yaml"));
        Files.copy(tmp.resolve("a/episodes.arrow"), copy.resolve("episodes.arrow"));
        Path empty = tmp.resolve("empty");
        Files.createDirectories(empty);
        Files.copy(tmp.resolve("a/config.yaml"), empty.resolve("config.yaml"));
        new TableLog(
                        empty.resolve("episodes.arrow"),
                        null,
                        List.of(
                                Column.ofLong("step"),
                                Column.ofDouble("wall_time"),
                                Column.ofDouble("return"),
                                Column.ofLong("length")),
                        10)
                .close();

        Result plot = run(
                "plot",
                tmp.resolve("a").toString(),
                tmp.resolve("b").toString(),
                copy.toString(),
                empty.toString(),
                "--out",
                tmp.resolve("plots").toString(),
                "--json");
        assertThat(plot.status()).as(plot.err()).isZero();
        Map<String, Object> json = Json.readObject(plot.out());
        assertThat(json)
                .containsEntry("file", tmp.resolve("plots/curves.png").toString())
                .containsEntry("curves", List.of("a", "dqn CartPole-v1 seed 2", "a-again"))
                .containsEntry("skipped", List.of("skipping " + empty + ": it has no finished episodes"));
        assertThat(plot.err())
                .isEqualTo("vecrl plot: skipping " + empty + ": it has no finished episodes" + System.lineSeparator());

        Files.delete(copy.resolve("episodes.arrow"));
        Result unreadable =
                run("plot", copy.toString(), "--out", tmp.resolve("plots").toString());
        assertThat(unreadable.status()).isEqualTo(2);
        assertThat(unreadable.err())
                .contains("cannot read " + copy.resolve("episodes.arrow") + ": no such file or directory");
    }

    @Test
    void badInputExitsTwoWithAMessage(@TempDir Path tmp) {
        Result badKey = run(
                "train",
                "--algo",
                "dqn",
                "--env",
                "CartPole-v1",
                "--set",
                "lr=1",
                "--out",
                tmp.resolve("x").toString());
        assertThat(badKey.status()).isEqualTo(2);
        assertThat(badKey.err()).contains("unknown config key 'lr'", "valid keys are", "learning_rate");
        assertThat(Files.exists(tmp.resolve("x"))).isFalse();
        Result noAlgo = run("train", "--env", "CartPole-v1");
        assertThat(noAlgo.status()).isEqualTo(2);
        assertThat(noAlgo.err()).contains("--algo and --env are required", "dqn");
        Result badAlgo = run("train", "--algo", "sarsa", "--env", "CartPole-v1");
        assertThat(badAlgo.err()).contains("unknown algorithm 'sarsa'");
        Result notARun = run("eval", tmp.toString());
        assertThat(notARun.status()).isEqualTo(2);
        assertThat(notARun.err()).contains("has no checkpoint");
    }

    @Test
    void unsafeEnvIdsAndHugeSizesAreRefusedWithoutAStackTrace(@TempDir Path tmp) {
        Result escape = run("train", "--algo", "dqn", "--env", "../../evil");
        assertThat(escape.status()).isEqualTo(2);
        assertThat(escape.err()).contains("env id '../../evil': expected a registered id without '/'");
        Result huge = run(
                "train",
                "--algo",
                "ppo",
                "--env",
                "CartPole-v1",
                "--num-envs",
                "100000000",
                "--out",
                tmp.resolve("huge").toString(),
                "--no-progress");
        assertThat(huge.status()).isEqualTo(2);
        assertThat(huge.err())
                .contains("num_envs=100000000", "needs about", "maximum heap")
                .doesNotContain("OutOfMemoryError");
        assertThat(Files.exists(tmp.resolve("huge"))).isFalse();
        Result nan = run(
                "train",
                "--algo",
                "ppo",
                "--env",
                "CartPole-v1",
                "--set",
                "target_kl=NaN",
                "--out",
                tmp.resolve("nan").toString());
        assertThat(nan.status()).isEqualTo(2);
        assertThat(nan.err()).contains("config key target_kl=NaN: expected a finite number");
    }

    @Test
    void aMissingConfigFileIsNamedWithTheReason(@TempDir Path tmp) {
        Path missing = tmp.resolve("missing.yaml");
        Result r = run(
                "train",
                "--algo",
                "dqn",
                "--env",
                "CartPole-v1",
                "--config",
                missing.toString(),
                "--out",
                tmp.resolve("x").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err())
                .isEqualTo("vecrl train: cannot read config " + missing + ": " + missing
                        + " (no such file or directory)" + System.lineSeparator());
        assertThat(tmp.resolve("x")).doesNotExist();
    }
}
