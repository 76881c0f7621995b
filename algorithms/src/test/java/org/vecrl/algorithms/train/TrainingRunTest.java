package org.vecrl.algorithms.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vecrl.core.io.ArrowTables;
import org.vecrl.core.io.Json;
import org.vecrl.nn.Checkpoint;

/** A short DQN run on CartPole through the whole framework: files, logs, summary, checkpoints, resume. */
class TrainingRunTest {

    private static RunConfig shortDqn(List<String> sets) {
        return RunConfig.resolve(
                Algorithms.get("dqn"),
                "CartPole-v1",
                new RunConfig.Sources("curriculum", null, null, Map.of("total_timesteps", 3000, "seed", 5), sets));
    }

    private static final List<String> SHORT = List.of(
            "buffer_size=500",
            "learning_starts=500",
            "checkpoint_every=1000",
            "metrics_every=500",
            "hidden_sizes=32,32",
            "target_update_interval=20",
            "dueling=true",
            "double_dqn=true");

    @Test
    void writesConfigLogsCheckpointsAndSummary(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("run");
        Summary s = TrainingRun.train(shortDqn(SHORT), dir, ProgressReporter.none());
        RunDirectory rd = new RunDirectory(dir);
        assertThat(s.totalSteps()).isEqualTo(3000);
        assertThat(s.rewardThreshold()).isEqualTo(475.0);
        assertThat(s.finalMeanReturn()).isPositive();
        assertThat(s.stepsToThreshold()).isNull();
        Map<String, Object> json = Json.readObject(Files.readString(rd.summary()));
        assertThat(json)
                .containsOnlyKeys(
                        "algo",
                        "env",
                        "seed",
                        "total_steps",
                        "wall_seconds",
                        "sps",
                        "final_mean_return",
                        "best_mean_return",
                        "reward_threshold",
                        "steps_to_threshold",
                        "seconds_to_threshold",
                        "eval_episodes",
                        "eval_mean_return",
                        "eval_std_return",
                        "diverged");
        assertThat(json).containsEntry("eval_episodes", 10).containsEntry("diverged", false);
        assertThat(s.evalMeanReturn())
                .as("the final greedy policy plays whole episodes")
                .isGreaterThanOrEqualTo(8);
        assertThat(json)
                .containsEntry("algo", "dqn")
                .containsEntry("env", "CartPole-v1")
                .containsEntry("seed", 5);

        Map<String, Object> config = Config.readYaml(rd.config());
        assertThat(config)
                .containsEntry("total_timesteps", 3000)
                .containsEntry("buffer_size", 500)
                .containsEntry("engine", "simd")
                .containsEntry("hidden_sizes", List.of(32, 32));
        assertThat(RunConfig.fromMap(config, "config.yaml").toMap())
                .isEqualTo(shortDqn(SHORT).toMap());

        List<Map<String, Object>> metrics = ArrowTables.read(rd.metricsArrow());
        assertThat(metrics).extracting(r -> r.get("step")).containsExactly(500L, 1000L, 1500L, 2000L, 2500L, 3000L);
        assertThat(metrics.get(0).keySet())
                .containsExactly("step", "wall_time", "sps", "td_loss", "q_values", "epsilon", "grad_norm");
        assertThat(metrics.get(0).get("td_loss"))
                .as("no training during the prefill")
                .isNull();
        assertThat((Double) metrics.get(5).get("td_loss")).isFinite().isNotNegative();
        assertThat(Files.readAllLines(rd.metricsCsv()))
                .hasSize(7)
                .first()
                .isEqualTo("step,wall_time,sps,td_loss,q_values,epsilon,grad_norm");

        List<Map<String, Object>> episodes = ArrowTables.read(rd.episodesArrow());
        assertThat(episodes).hasSizeGreaterThan(20);
        long lengths = 0;
        for (Map<String, Object> e : episodes) {
            assertThat((Double) e.get("return")).isEqualTo(((Long) e.get("length")).doubleValue());
            lengths += (Long) e.get("length");
        }
        assertThat(lengths).isLessThanOrEqualTo(3000);
        double last20 = episodes.subList(episodes.size() - 20, episodes.size()).stream()
                .mapToDouble(e -> (Double) e.get("return"))
                .average()
                .orElseThrow();
        assertThat(s.finalMeanReturn()).isEqualTo(last20);

        try (Stream<Path> files = Files.list(rd.checkpoints())) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("final.ckpt", "step-0000001000.ckpt", "step-0000002000.ckpt");
        }
        assertThatThrownBy(() -> TrainingRun.train(shortDqn(SHORT), dir, ProgressReporter.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already holds a run");
        assertThatThrownBy(() -> TrainingRun.resume(dir, ProgressReporter.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already finished");
    }

    @Test
    void resumeFromACheckpointRepeatsTheUninterruptedRun(@TempDir Path tmp) throws IOException {
        assertResumeRepeatsTheUninterruptedRun(SHORT, tmp);
    }

    @Test
    void resumeWithPrioritizedReplayRestoresThePriorities(@TempDir Path tmp) throws IOException {
        List<String> sets = new ArrayList<>(SHORT);
        sets.add("prioritized_replay=true");
        Path full = assertResumeRepeatsTheUninterruptedRun(sets, tmp);
        Checkpoint a = Checkpoint.load(new RunDirectory(full).finalCheckpoint());
        Checkpoint b = Checkpoint.load(new RunDirectory(tmp.resolve("cut")).finalCheckpoint());
        double[] priorities = a.getDoubles("dqn.replay.priorities");
        assertThat(priorities).hasSize(500);
        assertThat(Arrays.stream(priorities).distinct().count())
                .as("priorities set from TD errors")
                .isGreaterThan(100);
        assertThat(b.getDoubles("dqn.replay.priorities")).containsExactly(priorities);
        assertThat(b.getDouble("dqn.replay.max_priority")).isEqualTo(a.getDouble("dqn.replay.max_priority"));
    }

    /** Trains {@code sets} uninterrupted (in tmp/full) and from its step-1000 checkpoint (in tmp/cut); returns tmp/full. */
    private static Path assertResumeRepeatsTheUninterruptedRun(List<String> sets, Path tmp) throws IOException {
        Path full = tmp.resolve("full");
        TrainingRun.train(shortDqn(sets), full, ProgressReporter.none());
        Path cut = tmp.resolve("cut");
        ResumeTest.copyTree(full, cut);
        RunDirectory rc = new RunDirectory(cut);
        Files.delete(rc.finalCheckpoint());
        Files.delete(rc.checkpoint(2000));
        Files.delete(rc.summary());
        Summary resumed = TrainingRun.resume(cut, ProgressReporter.none());

        Checkpoint a = Checkpoint.load(new RunDirectory(full).finalCheckpoint());
        Checkpoint b = Checkpoint.load(rc.finalCheckpoint());
        for (String name : List.of(
                "dqn.q.trunk",
                "dqn.q.value",
                "dqn.q.advantage",
                "dqn.target.trunk",
                "dqn.target.advantage",
                "dqn.optimizer.m.0",
                "dqn.optimizer.v.0",
                "dqn.replay.obs",
                "dqn.replay.next_obs")) {
            assertThat(b.getFloats(name)).as(name).containsExactly(a.getFloats(name));
        }
        assertThat(b.getInts("dqn.replay.actions")).containsExactly(a.getInts("dqn.replay.actions"));
        assertThat(b.getConfig()).isEqualTo(a.getConfig()).isEqualTo(Files.readString(rc.config()));
        assertThat(resumed.totalSteps()).isEqualTo(3000);
        assertThat(withoutWallTime(ArrowTables.read(rc.episodesArrow())))
                .isEqualTo(withoutWallTime(ArrowTables.read(new RunDirectory(full).episodesArrow())));
        assertThat(ArrowTables.read(rc.metricsArrow()))
                .extracting(r -> r.get("td_loss"))
                .isEqualTo(ArrowTables.read(new RunDirectory(full).metricsArrow()).stream()
                        .map(r -> r.get("td_loss"))
                        .toList());
        return full;
    }

    private static List<List<Object>> withoutWallTime(List<Map<String, Object>> rows) {
        return rows.stream()
                .map(r -> List.of(r.get("step"), r.get("return"), r.get("length")))
                .toList();
    }

    /** A 100-step run of the test algorithm that diverges as {@code trigger} says, checkpointed every 20 steps. */
    private static RunConfig diverging(String trigger) {
        return TestRuns.config(
                "diverging",
                "CartPole-v1",
                Map.of("total_timesteps", 100),
                List.of(trigger, "checkpoint_every=20", "metrics_every=10"));
    }

    @Test
    void nanLossStopsTheRunAndKeepsTheLastGoodCheckpoint(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("nan");
        RunConfig config = diverging("nan_at_step=57");
        assertThatThrownBy(() -> TrainingRun.train(config, dir, ProgressReporter.none()))
                .isInstanceOf(DivergenceException.class)
                .hasMessageContaining("loss is NaN at step 57; last finite loss was " + (1.0 / 56) + " at step 56")
                .hasMessageContaining("step-0000000040.ckpt");
        RunDirectory rd = new RunDirectory(dir);
        assertThat(rd.latestCheckpoint()).contains(rd.checkpoint(40));
        assertThat(Json.readObject(Files.readString(rd.summary())))
                .containsEntry("diverged", true)
                .containsEntry("total_steps", 57)
                .containsEntry("eval_mean_return", null);
        assertThat(ArrowTables.read(rd.metricsArrow()))
                .extracting(r -> r.get("step"))
                .containsExactly(10L, 20L, 30L, 40L, 50L);
    }

    @ParameterizedTest
    @CsvSource({"ppo, CartPole-v1", "a2c, CartPole-v1", "reinforce, CartPole-v1", "ppo, Pendulum-v1"})
    void everyPolicyGradientAlgorithmReportsARealDivergence(String algo, String env, @TempDir Path tmp)
            throws IOException {
        Path dir = tmp.resolve(algo);
        RunConfig config = TestRuns.config(
                algo,
                env,
                Map.of("total_timesteps", 8192, "seed", 1),
                List.of("learning_rate=1e38", "max_grad_norm=0", "num_steps=64"));
        assertThatThrownBy(() -> TrainingRun.train(config, dir, ProgressReporter.none()))
                .isInstanceOf(DivergenceException.class)
                .hasMessageMatching("(grad_norm|logits|action|[a-z_]*loss) is (NaN|-?Infinity) at step \\d+.*");
        assertThat(Json.readObject(Files.readString(new RunDirectory(dir).summary())))
                .containsEntry("diverged", true);
    }

    @Test
    void aNonFiniteGradientTakesTheSameDivergencePath(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("nan-grad");
        RunConfig config = diverging("nan_gradient_at_step=33");
        assertThatThrownBy(() -> TrainingRun.train(config, dir, ProgressReporter.none()))
                .isInstanceOf(DivergenceException.class)
                .hasMessageContaining("grad_norm is NaN at step 33")
                .hasMessageContaining("last finite loss was " + (1.0 / 33) + " at step 33")
                .hasMessageContaining("step-0000000020.ckpt");
        assertThat(Json.readObject(Files.readString(new RunDirectory(dir).summary())))
                .containsEntry("diverged", true);
    }
}
