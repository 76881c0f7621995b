package org.vecrl.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.algorithms.train.ProgressReporter;
import org.vecrl.algorithms.train.RunDirectory;
import org.vecrl.algorithms.train.TrainingRun;
import org.vecrl.core.io.ArrowTables;
import org.vecrl.core.io.Json;

/** Sweeps on an embedded {@code local[2]} master (with retries) over tiny PPO CartPole runs. */
class SweepSparkTest {
    /** 4 envs x 128 steps per PPO iteration: 4 iterations, a periodic checkpoint after the second. */
    private static final List<String> TINY =
            List.of("total_timesteps=2048", "checkpoint_every=1024", "eval_episodes=2", "metrics_every=512");

    private static JavaSparkContext spark;

    @BeforeAll
    static void start() {
        spark = SparkContexts.start("local[2]", 2);
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    private static SweepSpec spec(String... grid) {
        return new SweepSpec("ppo", "CartPole-v1", null, SweepSpec.parseGrid(List.of(grid)), List.of(1L, 2L), TINY);
    }

    @Test
    void runsEveryConfigurationAndSeedAsSequentialTrainingWould(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("sweep");
        SweepSpec spec = spec("learning_rate=2.5e-4,1e-3");
        String failing = "learning_rate=1e-3-seed2";
        System.setProperty(FailureInjection.PROPERTY, failing);
        Map<RunTask.Outcome, Integer> outcomes;
        try {
            outcomes = Sweep.run(spec, out, spark);
        } finally {
            System.clearProperty(FailureInjection.PROPERTY);
        }
        // the injected failure came after the first checkpoint: Spark's retry resumed from it
        assertThat(outcomes)
                .containsExactlyInAnyOrderEntriesOf(Map.of(RunTask.Outcome.TRAINED, 3, RunTask.Outcome.RESUMED, 1));
        assertThat(Files.readString(SweepFile.SPEC.in(out), StandardCharsets.UTF_8))
                .contains("learning_rate");

        for (SweepRun run : spec.runs(out)) {
            Path sequential = tmp.resolve("sequential").resolve(run.name());
            TrainingRun.train(run.resolve(), sequential, ProgressReporter.none());
            assertThat(deterministic(summary(run.path()))).as(run.name()).isEqualTo(deterministic(summary(sequential)));
            assertThat(episodes(run.path())).as(run.name()).isEqualTo(episodes(sequential));
            assertThat(Files.readString(new RunDirectory(run.path()).config()))
                    .isEqualTo(Files.readString(new RunDirectory(sequential).config()));
        }

        // a second sweep over the same directory skips every finished run
        assertThat(Sweep.run(spec, out, spark)).containsExactlyEntriesOf(Map.of(RunTask.Outcome.SKIPPED, 4));

        StringWriter console = new StringWriter();
        List<ConfigStats> ranked = SweepReport.write(out, new PrintWriter(console));
        assertThat(ranked).hasSize(2);
        assertThat(ranked).allSatisfy(s -> assertThat(s.seeds()).containsExactlyInAnyOrder(1L, 2L));
        assertThat(ranked.get(0).iqm().value())
                .isGreaterThanOrEqualTo(ranked.get(1).iqm().value());
        assertThat(console.toString()).contains("learning_rate=1e-3", "IQM [95% CI]");
        List<Map<String, Object>> table = ArrowTables.read(SweepFile.TABLE.in(out));
        assertThat(table).hasSize(4);
        assertThat(table.get(0)).containsKeys("config_id", "learning_rate", "seed", "final_mean_return", "diverged");
        assertThat(Files.readAllLines(SweepFile.TABLE_CSV.in(out))).hasSize(5);
        Map<String, Object> report = Json.readObject(Files.readString(SweepFile.REPORT.in(out)));
        assertThat((List<?>) report.get("configurations")).hasSize(2);
        assertThat(SweepFile.LEARNING_CURVES.in(out)).isRegularFile();
        assertThat(SweepFile.FINAL_SCORES.in(out)).isRegularFile();
        assertThat(SweepFile.PERFORMANCE_PROFILE.in(out)).isRegularFile();

        // the same directory refuses a different sweep
        assertThatThrownBy(() -> Sweep.run(spec("learning_rate=1e-4"), out, spark))
                .hasMessageContaining("holds a different sweep");
    }

    @Test
    void successiveHalvingKeepsTheBestHalfAtEachRung(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("halving");
        SweepSpec spec = new SweepSpec(
                "ppo",
                "CartPole-v1",
                null,
                Map.of(),
                List.of(1L),
                List.of("total_timesteps=4096", "checkpoint_every=1024", "eval_episodes=2"),
                new RandomSearch(4, List.of(Distribution.parse("learning_rate=loguniform(1e-4,3e-3)")), 5),
                new Halving(2, 1024));
        // rungs at 1024 and 2048 steps: 4 configurations, then 2, then 1 that finishes from its checkpoint
        assertThat(Sweep.run(spec, out, spark))
                .containsExactlyInAnyOrderEntriesOf(Map.of(RunTask.Outcome.TO_RUNG, 6, RunTask.Outcome.RESUMED, 1));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rungs = (List<Map<String, Object>>)
                Json.readObject(Files.readString(SweepFile.HALVING.in(out))).get("rungs");
        assertThat(rungs).extracting(r -> r.get("budget")).containsExactly(1024, 2048);
        @SuppressWarnings("unchecked")
        Map<String, Double> firstScores = (Map<String, Double>) rungs.get(0).get("scores");
        List<String> best2 = firstScores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(2)
                .map(Map.Entry::getKey)
                .toList();
        assertThat(rungs.get(0).get("promoted")).isEqualTo(best2);
        List<?> winner = (List<?>) rungs.get(1).get("promoted");
        assertThat(winner).hasSize(1);

        SweepRun finished = spec.runs(out).stream()
                .filter(r -> r.configuration().id().equals(winner.get(0)))
                .findFirst()
                .orElseThrow();
        Path sequential = tmp.resolve("sequential");
        TrainingRun.train(finished.resolve(), sequential, ProgressReporter.none());
        assertThat(deterministic(summary(finished.path()))).isEqualTo(deterministic(summary(sequential)));
        assertThat(episodes(finished.path())).isEqualTo(episodes(sequential));
        assertThat(spec.runs(out).stream().filter(r -> Files.exists(new RunDirectory(r.path()).summary())))
                .containsExactly(finished);

        assertThat(Sweep.run(spec, out, spark)).containsExactlyEntriesOf(Map.of(RunTask.Outcome.SKIPPED, 7));
        assertThat(SweepReport.write(out, new PrintWriter(new StringWriter()))).hasSize(1);
    }

    @Test
    void anInvalidConfigurationFailsBeforeAnythingIsWritten(@TempDir Path tmp) {
        Path out = tmp.resolve("sweep");
        assertThatThrownBy(() -> Sweep.run(spec("num_envs=4,0"), out, spark)).hasMessageContaining("num_envs=0");
        assertThat(out).doesNotExist();
    }

    private static Map<String, Object> summary(Path dir) throws Exception {
        return Json.readObject(Files.readString(new RunDirectory(dir).summary()));
    }

    /** The summary without its wall-clock fields. */
    private static Map<String, Object> deterministic(Map<String, Object> summary) {
        return summary.entrySet().stream()
                .filter(e ->
                        !List.of("wall_seconds", "sps", "seconds_to_threshold").contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }

    /** Every episode's end step, return and length. */
    private static List<List<Object>> episodes(Path dir) {
        return ArrowTables.read(new RunDirectory(dir).episodesArrow()).stream()
                .map(r -> List.of(r.get("step"), r.get("return"), r.get("length")))
                .toList();
    }
}
