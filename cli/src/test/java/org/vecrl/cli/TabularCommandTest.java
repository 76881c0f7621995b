package org.vecrl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vecrl.cli.CliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.algorithms.tabular.DynamicProgramming;
import org.vecrl.core.envs.tabular.NorvigGrid;
import org.vecrl.core.envs.tabular.RewardMode;
import org.vecrl.core.io.Json;

class TabularCommandTest {

    private static Map<String, Object> summary(Path dir) throws Exception {
        return Json.readObject(Files.readString(dir.resolve("summary.json")));
    }

    @Test
    void policyIterationOnNorvigWritesTheOptimalPolicyAndItsValues(@TempDir Path dir) throws Exception {
        CliRun r = run(
                "tabular",
                "--env",
                "NorvigGrid-v0",
                "--algo",
                "policy-iteration",
                "--penalty",
                "-0.02",
                "--reward-mode",
                "sum",
                "--episodes",
                "50",
                "--out",
                dir.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("policy:", "  →  →  →  G", "  ↑  #  ↑  T", "values:", "greedy return");
        Map<String, Object> s = summary(dir);
        assertThat(s)
                .containsEntry("algo", "policy-iteration")
                .containsEntry("env", "NorvigGrid-v0")
                .containsEntry("gamma", 0.99)
                .containsEntry("episodes", 50)
                .containsKeys("greedy_return", "mean_return");
        assertThat(s.get("policy")).isEqualTo(List.of(1, 1, 1, 0, 0, 0, 0, 0, 0, 3, 3, 3));
        double[] expected = DynamicProgramming.policyEvalExact(
                new NorvigGrid(-0.02), new int[] {1, 1, 1, 0, 0, 0, 0, 0, 0, 3, 3, 3}, 0.99, RewardMode.SUM);
        @SuppressWarnings("unchecked")
        List<Number> values = (List<Number>) s.get("values");
        for (int i = 0; i < 12; i++) {
            assertThat(values.get(i).doubleValue()).isCloseTo(expected[i], within(1e-9));
        }
        double meanReturn = ((Number) s.get("mean_return")).doubleValue();
        assertThat(meanReturn).isBetween(expected[8] - 0.25, expected[8] + 0.25);
        assertThat(ImageIO.read(dir.resolve("values.png").toFile()).getWidth()).isGreaterThan(300);
        assertThat(dir.resolve("returns.png")).doesNotExist();
    }

    @Test
    void jsonPrintsOnlyTheSummaryAndProgressGoesToStderr(@TempDir Path dir) throws Exception {
        String[] args = {
            "tabular",
            "--env",
            "ToyGym-v0",
            "--algo",
            "sarsa",
            "--episodes",
            "30",
            "--out",
            dir.resolve("a").toString(),
            "--json"
        };
        CliRun r = run(args);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Json.readObject(r.out())).isEqualTo(summary(dir.resolve("a")));
        assertThat(r.err()).contains("tabular: 100% (30/30 episodes");

        CliRun again = run(args);
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).contains(dir.resolve("a") + " already holds tabular results (summary.json exists)");

        CliRun quiet = run(
                "tabular",
                "--env",
                "ToyGym-v0",
                "--algo",
                "sarsa",
                "--episodes",
                "30",
                "--out",
                dir.resolve("b").toString(),
                "--json",
                "--no-progress");
        assertThat(quiet.err()).isEmpty();
        assertThat(summary(dir.resolve("b")))
                .as("chunked progress leaves the results unchanged")
                .isEqualTo(summary(dir.resolve("a")));
    }

    @Test
    void shortQLearningRunWritesReturnsAndGreedyValues(@TempDir Path dir) throws Exception {
        CliRun r = run(
                "tabular",
                "--env",
                "ToyGym-v0",
                "--algo",
                "q-learning",
                "--episodes",
                "40",
                "--lr",
                "0.5",
                "--out",
                dir.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("state", "action", "LEFT");
        Map<String, Object> s = summary(dir);
        assertThat(s).containsEntry("algo", "q-learning").containsEntry("episodes", 40);
        assertThat((List<?>) s.get("policy")).hasSize(3);
        double meanReturn = ((Number) s.get("mean_return")).doubleValue();
        assertThat(meanReturn).isGreaterThan(0).isLessThanOrEqualTo(2 * 0.99 * 0.99);
        assertThat(ImageIO.read(dir.resolve("returns.png").toFile()).getHeight())
                .isGreaterThan(100);
        assertThat(dir.resolve("values.png")).exists();
    }

    @Test
    void badInputExitsTwoWithAClearMessage(@TempDir Path dir) {
        CliRun env = run("tabular", "--env", "NoSuchGrid-v0", "--algo", "sarsa", "--out", dir.toString());
        assertThat(env.status()).isEqualTo(2);
        assertThat(env.err()).contains("NoSuchGrid-v0");
        CliRun algo = run("tabular", "--env", "NorvigGrid-v0", "--algo", "magic", "--out", dir.toString());
        assertThat(algo.status()).isEqualTo(2);
        assertThat(algo.err()).contains("unknown algo 'magic'", "policy-iteration", "double-q");
        CliRun penalty =
                run("tabular", "--env", "FrozenLake-v1", "--algo", "sarsa", "--penalty", "-1", "--out", dir.toString());
        assertThat(penalty.status()).isEqualTo(2);
        assertThat(penalty.err()).contains("--penalty does not apply to FrozenLake-v1");
        CliRun undiscounted = run(
                "tabular",
                "--env",
                "CliffWalking-v1",
                "--algo",
                "policy-iteration",
                "--gamma",
                "1",
                "--out",
                dir.toString());
        assertThat(undiscounted.status()).isEqualTo(2);
        assertThat(undiscounted.err()).contains("gamma = 1");
        CliRun missing = run("tabular", "--env", "NorvigGrid-v0", "--algo", "sarsa");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("--out");
        assertThat(dir.resolve("summary.json")).doesNotExist();
    }

    @Test
    void aLearnerThatNeverFinishesIsCutAtMaxStepsWithAWarning(@TempDir Path dir) throws Exception {
        CliRun r = run(
                "tabular",
                "--env",
                "CliffWalking-v1",
                "--algo",
                "mc",
                "--epsilon",
                "0",
                "--episodes",
                "2",
                "--max-steps",
                "300",
                "--gamma",
                "1",
                "--out",
                dir.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: 2 of 2 training episodes were cut at 300 steps (--max-steps)");
        Map<String, Object> s = summary(dir);
        assertThat(s).containsEntry("max_steps", 300).containsEntry("truncated_episodes", 2);
        assertThat(((Number) s.get("mean_return")).doubleValue())
                .as("UP into the wall, then RIGHT into the cliff")
                .isEqualTo((-300 - 30_000) / 2.0);
    }

    @Test
    void aLearningRateOfZeroIsRefused(@TempDir Path dir) {
        CliRun r = run("tabular", "--env", "ToyGym-v0", "--algo", "q-learning", "--lr", "0", "--out", dir.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("lr=0.0: expected 0 < lr <= 1");
        assertThat(dir.resolve("summary.json")).doesNotExist();
    }
}
