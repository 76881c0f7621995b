package org.vecrl.algorithms.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vecrl.core.io.ArrowTables;
import org.vecrl.nn.Checkpoint;

/**
 * Exact resume for every deep-RL algorithm: a run resumed from a periodic checkpoint (after a kill
 * that left a half-written checkpoint behind) ends bit-identical to the uninterrupted run, and the
 * checkpoint frequency does not change a run. Short CartPole runs (and Pendulum for the Gaussian
 * policy) with episodes in progress at every checkpoint.
 */
class ResumeTest {
    private static final long TOTAL = 3072;
    /** The entry that holds the wall-clock time, which differs between any two runs. */
    private static final List<String> CLOCK_ENTRIES = List.of("run.wall_seconds");

    static Stream<Arguments> runs() {
        List<String> dqn = List.of(
                "buffer_size=500",
                "learning_starts=300",
                "hidden_sizes=32,32",
                "target_update_interval=20",
                "train_frequency=4");
        List<String> dqnPer = new ArrayList<>(dqn);
        dqnPer.add("prioritized_replay=true");
        return Stream.of(
                Arguments.of("ppo", "CartPole-v1", List.of("num_steps=64", "hidden_sizes=16,16")),
                // a SyncVectorEnv (no native vector version): its sub-envs' states are saved
                Arguments.of("ppo", "FrozenLake-v1", List.of("num_steps=64", "hidden_sizes=16,16")),
                Arguments.of("ppo", "Pendulum-v1", List.of("num_steps=64", "num_envs=4", "hidden_sizes=16,16")),
                Arguments.of(
                        "ppo",
                        "Pendulum-v1",
                        List.of(
                                "num_steps=64",
                                "num_envs=4",
                                "hidden_sizes=16,16",
                                "normalize_obs=true",
                                "normalize_reward=true")),
                Arguments.of("a2c", "CartPole-v1", List.of("hidden_sizes=16,16")),
                Arguments.of(
                        "reinforce",
                        "CartPole-v1",
                        List.of("num_steps=64", "baseline=critic", "normalize_returns=false", "hidden_sizes=16,16")),
                Arguments.of("dqn", "CartPole-v1", dqn),
                Arguments.of("dqn", "CartPole-v1", dqnPer));
    }

    private static RunConfig config(String algo, String env, List<String> sets, long checkpointEvery) {
        List<String> all = new ArrayList<>(sets);
        all.add("checkpoint_every=" + checkpointEvery);
        all.add("metrics_every=256");
        return TestRuns.config(algo, env, Map.of("total_timesteps", TOTAL, "seed", 3), all);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("runs")
    void aResumedRunEndsBitIdenticalToTheUninterruptedOne(String algo, String env, List<String> sets, @TempDir Path tmp)
            throws IOException {
        Path full = tmp.resolve("full");
        TrainingRun.train(config(algo, env, sets, 1000), full, ProgressReporter.none());
        RunDirectory rf = new RunDirectory(full);
        Path firstCheckpoint = rf.latestPeriodicCheckpoint().orElseThrow();
        Path cut = tmp.resolve("cut");
        copyTree(full, cut);
        RunDirectory rc = new RunDirectory(cut);
        try (Stream<Path> files = Files.list(rc.checkpoints())) {
            for (Path p : files.toList()) {
                if (!p.getFileName()
                        .toString()
                        .equals(oldestPeriodic(rf).getFileName().toString())) {
                    Files.delete(p);
                }
            }
        }
        Files.delete(rc.summary());
        // the kill came while the next checkpoint was being written: its temporary file is half there
        Files.write(
                rc.checkpoints().resolve("." + firstCheckpoint.getFileName() + "123.tmp"), new byte[] {'V', 'E', 'C'});

        Summary resumed = TrainingRun.resume(cut, ProgressReporter.none());

        assertThat(resumed.totalSteps())
                .isEqualTo(Checkpoint.load(rf.finalCheckpoint()).getLong("run.step"));
        assertSameRun(rf, rc);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("runs")
    void theCheckpointFrequencyDoesNotChangeTheRun(String algo, String env, List<String> sets, @TempDir Path tmp) {
        Path often = tmp.resolve("often");
        Path never = tmp.resolve("never");
        TrainingRun.train(config(algo, env, sets, 512), often, ProgressReporter.none());
        TrainingRun.train(config(algo, env, sets, TOTAL), never, ProgressReporter.none());
        RunDirectory ro = new RunDirectory(often);
        assertThat(ro.latestPeriodicCheckpoint())
                .as("periodic checkpoints written")
                .isPresent();
        Checkpoint a = Checkpoint.load(ro.finalCheckpoint());
        Checkpoint b = Checkpoint.load(new RunDirectory(never).finalCheckpoint());
        List<String> expected = new ArrayList<>(CLOCK_ENTRIES);
        expected.add("config");
        assertThat(a.differences(b)).isSubsetOf(expected).contains("config");
        assertThat(episodes(ro)).isEqualTo(episodes(new RunDirectory(never)));
    }

    private static Path oldestPeriodic(RunDirectory rd) throws IOException {
        try (Stream<Path> files = Files.list(rd.checkpoints())) {
            return files.filter(p -> p.getFileName().toString().startsWith("step-"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static void assertSameRun(RunDirectory full, RunDirectory resumed) {
        Checkpoint a = Checkpoint.load(full.finalCheckpoint());
        Checkpoint b = Checkpoint.load(resumed.finalCheckpoint());
        assertThat(a.differences(b)).as("checkpoint entries that differ").isSubsetOf(CLOCK_ENTRIES);
        assertThat(episodes(resumed)).isEqualTo(episodes(full));
        assertThat(withoutClock(ArrowTables.read(resumed.metricsArrow())))
                .isEqualTo(withoutClock(ArrowTables.read(full.metricsArrow())));
    }

    private static List<List<Object>> episodes(RunDirectory rd) {
        List<List<Object>> rows = ArrowTables.read(rd.episodesArrow()).stream()
                .map(r -> List.of(r.get("step"), r.get("return"), r.get("length")))
                .toList();
        assertThat(rows).as("episodes").hasSizeGreaterThan(5);
        return rows;
    }

    private static List<Map<String, Object>> withoutClock(List<Map<String, Object>> rows) {
        return rows.stream()
                .map(r -> {
                    Map<String, Object> m = new LinkedHashMap<>(r);
                    m.remove("wall_time");
                    m.remove("sps");
                    return m;
                })
                .toList();
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
