package org.vecrl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.core.io.Json;

/** {@code vecrl train}, {@code eval} and {@code plot} end to end on tiny CartPole runs. */
class TrainEvalPlotCommandTest {

    private record Result(int status, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = VecRl.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(status, out.toString(), err.toString());
    }

    private static Result train(Path dir, int seed) {
        return run("train", "--algo", "dqn", "--env", "CartPole-v1", "--preset", "curriculum", "--seed", Integer.toString(seed),
                "--total-steps", "1500", "--set", "buffer_size=500", "--set", "learning_starts=500", "--set", "hidden_sizes=16",
                "--out", dir.toString(), "--no-progress");
    }

    @Test
    void trainsEvaluatesAndPlots(@TempDir Path tmp) throws Exception {
        Result t1 = train(tmp.resolve("a"), 1);
        assertThat(t1.status()).as(t1.err()).isZero();
        assertThat(t1.out()).contains("run directory: " + tmp.resolve("a"), "\"totalSteps\" : 1500");
        assertThat(train(tmp.resolve("b"), 2).status()).isZero();

        Result eval = run("eval", tmp.resolve("a").toString(), "--episodes", "3", "--deterministic", "--json");
        assertThat(eval.status()).as(eval.err()).isZero();
        Map<String, Object> json = Json.readObject(eval.out());
        assertThat(json).containsEntry("episodes", 3).containsKeys("meanReturn", "stdReturn", "returns");
        assertThat((List<?>) json.get("returns")).hasSize(3);
        assertThat(((Number) json.get("meanReturn")).doubleValue()).isBetween(1.0, 500.0);

        Path gif = tmp.resolve("a.gif");
        Result withGif = run("eval", tmp.resolve("a/checkpoints/final.ckpt").toString(), "--episodes", "1", "--gif", gif.toString());
        assertThat(withGif.status()).as(withGif.err()).isZero();
        assertThat(withGif.out()).startsWith("mean return ").contains("over 1 episodes");
        double length = Double.parseDouble(withGif.out().split(" ")[2]);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).as("one frame per step plus the reset frame").isEqualTo((int) length + 1);
            BufferedImage first = reader.read(0);
            assertThat(first.getWidth()).isPositive();
        }

        Path png = tmp.resolve("curves.png");
        Result plot = run("plot", tmp.resolve("a").toString(), tmp.resolve("b").toString(), "--out", png.toString());
        assertThat(plot.status()).as(plot.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
    }

    @Test
    void badInputExitsTwoWithAMessage(@TempDir Path tmp) {
        Result badKey = run("train", "--algo", "dqn", "--env", "CartPole-v1", "--set", "lr=1", "--out", tmp.resolve("x").toString());
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
        Result huge = run("train", "--algo", "ppo", "--env", "CartPole-v1", "--num-envs", "100000000", "--out",
                tmp.resolve("huge").toString(), "--no-progress");
        assertThat(huge.status()).isEqualTo(2);
        assertThat(huge.err()).contains("num_envs=100000000", "needs about", "maximum heap").doesNotContain("OutOfMemoryError");
        assertThat(Files.exists(tmp.resolve("huge"))).isFalse();
        Result nan = run("train", "--algo", "ppo", "--env", "CartPole-v1", "--set", "target_kl=NaN", "--out",
                tmp.resolve("nan").toString());
        assertThat(nan.status()).isEqualTo(2);
        assertThat(nan.err()).contains("config key target_kl=NaN: expected a finite number");
    }
}
