package org.vecrl.algorithms.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.nn.Checkpoint;

/** Run directories: the lock, validation before writing, retries, corrupt checkpoints, temporary files, retention. */
class RunDirectoryRobustnessTest {

    /** A 100-step run of the random "diverging" test algorithm with a checkpoint every 20 steps. */
    private static RunConfig diverging(String... sets) {
        List<String> all = new java.util.ArrayList<>(List.of("checkpoint_every=20", "metrics_every=10"));
        all.addAll(List.of(sets));
        return TestRuns.config("diverging", "CartPole-v1", Map.of("total_timesteps", 100), all);
    }

    /** A finished run in tmp/run whose final checkpoint is then deleted, so that it can be resumed. */
    private static RunDirectory unfinishedRun(Path tmp) throws IOException {
        RunDirectory rd = new RunDirectory(tmp.resolve("run"));
        TrainingRun.train(diverging(), rd.root(), ProgressReporter.none());
        Files.delete(rd.finalCheckpoint());
        return rd;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSecondRunIntoALockedDirectoryIsRefused(@TempDir Path tmp) {
        Path dir = tmp.resolve("run");
        RunDirectory rd = new RunDirectory(dir);
        try (RunLock held = RunLock.acquire(rd)) {
            assertThatThrownBy(() -> TrainingRun.train(diverging(), dir, ProgressReporter.none()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("another process is training in " + dir);
            assertThat(rd.config()).doesNotExist();
        }
        TrainingRun.train(diverging(), dir, ProgressReporter.none());
        assertThat(rd.finalCheckpoint()).exists();
    }

    @Test
    void resumeIsRefusedWhileAnotherProcessHoldsTheLock(@TempDir Path tmp) throws Exception {
        RunDirectory rd = unfinishedRun(tmp);
        Path dir = rd.root();
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolder.class.getName(),
                        dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> TrainingRun.resume(dir, ProgressReporter.none()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("another process is training in " + dir);
            assertThatThrownBy(() -> TrainingRun.train(diverging(), tmp.resolve("run"), ProgressReporter.none()))
                    .hasMessageContaining("already holds a run");
        } finally {
            child.getOutputStream().close();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(rd.finalCheckpoint()).doesNotExist();
        TrainingRun.resume(dir, ProgressReporter.none());
        assertThat(rd.finalCheckpoint()).exists();
    }

    @Test
    void badSettingsWriteNothingAndARetryIntoTheSameDirectoryWorks(@TempDir Path tmp) {
        Path dir = tmp.resolve("ppo");
        RunConfig bad = TestRuns.config(
                "ppo",
                "CartPole-v1",
                Map.of("total_timesteps", 64, "num_envs", 1),
                List.of("num_steps=32", "num_minibatches=3"));
        assertThatThrownBy(() -> TrainingRun.train(bad, dir, ProgressReporter.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("num_minibatches=3");
        assertThat(dir).doesNotExist();
        RunConfig good = TestRuns.config(
                "ppo",
                "CartPole-v1",
                Map.of("total_timesteps", 64, "num_envs", 1),
                List.of("num_steps=32", "num_minibatches=4"));
        assertThat(TrainingRun.train(good, dir, ProgressReporter.none()).totalSteps())
                .isEqualTo(64);
    }

    @Test
    void aStartThatStoppedBeforeItsFirstCheckpointDoesNotBlockARetry(@TempDir Path tmp) {
        Path dir = tmp.resolve("run");
        assertThatThrownBy(() -> TrainingRun.train(diverging("nan_at_step=5"), dir, ProgressReporter.none()))
                .isInstanceOf(DivergenceException.class);
        assertThat(new RunDirectory(dir).config()).exists();
        assertThat(TrainingRun.train(diverging(), dir, ProgressReporter.none()).totalSteps())
                .isEqualTo(100);
    }

    @Test
    void resumeSkipsACorruptLatestCheckpointAndDeletesHalfWrittenFiles(@TempDir Path tmp) throws IOException {
        RunDirectory rd = unfinishedRun(tmp);
        Path dir = rd.root();
        Files.delete(rd.summary());
        byte[] bytes = Files.readAllBytes(rd.checkpoint(80));
        bytes[bytes.length / 2] ^= 1;
        Files.write(rd.checkpoint(80), bytes);
        Files.writeString(rd.checkpoints().resolve(".step-0000000100.ckpt.k3j2.tmp"), "half");
        Files.writeString(dir.resolve(".metrics.arrow123.tmp"), "half");

        CheckpointFiles.Loaded latest = CheckpointFiles.latestLoadable(rd);
        assertThat(latest.file()).isEqualTo(rd.checkpoint(60));
        assertThat(latest.checkpoint().getLong("run.step")).isEqualTo(60);

        assertThat(TrainingRun.resume(dir, ProgressReporter.none()).totalSteps())
                .isEqualTo(100);
        assertThat(names(rd.checkpoints()))
                .containsExactly(
                        "final.ckpt",
                        "step-0000000020.ckpt",
                        "step-0000000040.ckpt",
                        "step-0000000060.ckpt",
                        "step-0000000080.ckpt");
        assertThat(Checkpoint.load(rd.checkpoint(80)).getLong("run.step"))
                .as("rewritten by the resumed run")
                .isEqualTo(80);
        assertThat(names(dir)).doesNotContain(".metrics.arrow123.tmp");
    }

    @Test
    void resumeWithOnlyCorruptCheckpointsNamesTheLatest(@TempDir Path tmp) throws IOException {
        RunDirectory rd = unfinishedRun(tmp);
        Path dir = rd.root();
        for (Path p : rd.periodicCheckpoints()) {
            Files.write(p, new byte[] {1, 2, 3});
        }
        assertThatThrownBy(() -> TrainingRun.resume(dir, ProgressReporter.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no readable periodic checkpoint: all 4 are corrupt")
                .hasMessageContaining(rd.checkpoint(80) + " is a truncated or corrupt VecRL checkpoint");
    }

    @Test
    void keepCheckpointsKeepsTheLatestPeriodicOnes(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("run");
        TrainingRun.train(diverging("keep_checkpoints=2"), dir, ProgressReporter.none());
        assertThat(names(new RunDirectory(dir).checkpoints()))
                .containsExactly("final.ckpt", "step-0000000060.ckpt", "step-0000000080.ckpt");
        assertThatThrownBy(() -> diverging("keep_checkpoints=-1"))
                .hasMessage("keep_checkpoints=-1: expected >= 0 (0 keeps all)");
    }

    @Test
    void anEnvIdThatWouldLeaveRunsIsRefused() {
        RunSettings escape = RunSettings.defaults("dqn", "../../etc");
        assertThatThrownBy(() -> RunDirectory.defaultFor(escape, java.time.LocalDateTime.now()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("env id '../../etc': expected a registered id without '/'");
        assertThatThrownBy(() -> RunDirectory.defaultFor(
                        RunSettings.defaults("dqn", "NoSuchEnv-v0"), java.time.LocalDateTime.now()))
                .hasMessageContaining("NoSuchEnv-v0");
    }

    @Test
    void evalOfACheckpointFromAnotherRunSaysWhatItHolds(@TempDir Path tmp) {
        Path cartPole = tmp.resolve("cartpole");
        TrainingRun.train(diverging(), cartPole, ProgressReporter.none());
        Path mountainCar = tmp.resolve("mountaincar");
        TrainingRun.train(
                TestRuns.config(
                        "diverging", "MountainCar-v0", Map.of("total_timesteps", 40), List.of("checkpoint_every=20")),
                mountainCar,
                ProgressReporter.none());
        RunDirectory rd = new RunDirectory(cartPole);
        Path foreign = rd.checkpoints().resolve("foreign.ckpt");
        Checkpoint.load(new RunDirectory(mountainCar).finalCheckpoint()).save(foreign);
        assertThatThrownBy(() -> Evaluation.run(foreign, 1, true, 0, null, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(foreign + " holds a diverging run on MountainCar-v0 at step 40, but " + rd.config()
                        + " is diverging on CartPole-v1: evaluate the checkpoint from its own run directory");
        Path otherAlgo = rd.checkpoints().resolve("other-algo.ckpt");
        Checkpoint.load(rd.finalCheckpoint()).putString("run.algo", "dqn").save(otherAlgo);
        assertThatThrownBy(() -> Evaluation.run(otherAlgo, 1, true, 0, null, 0))
                .hasMessageContaining(otherAlgo + " holds a dqn run on CartPole-v1 at step 100, but ");
        assertThat(Evaluation.run(rd.finalCheckpoint(), 2, true, 0, null, 0).returns())
                .hasSize(2);
    }

    @Test
    void sizesThatCannotFitInTheHeapAreRefusedBeforeAnythingIsWritten(@TempDir Path tmp) {
        Path dir = tmp.resolve("huge");
        RunConfig manyEnvs = TestRuns.config("dqn", "CartPole-v1", Map.of("num_envs", 1_000_000_000), List.of());
        assertThatThrownBy(() -> TrainingRun.train(manyEnvs, dir, ProgressReporter.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("num_envs=1000000000 of CartPole-v1 with the dqn hyperparameters: needs about ")
                .hasMessageContaining("but the maximum heap is "
                        + MemoryBudget.human(Runtime.getRuntime().maxMemory()));
        RunConfig hugeReplay = RunConfig.resolve(
                Algorithms.get("dqn"),
                "CartPole-v1",
                new RunConfig.Sources(null, null, null, null, List.of("buffer_size=2000000000")));
        assertThatThrownBy(() -> TrainingRun.train(hugeReplay, dir, ProgressReporter.none()))
                .hasMessageContaining("needs about 82.0 GiB");
        RunConfig hugeRollout =
                TestRuns.config("ppo", "CartPole-v1", Map.of("num_envs", 1000), List.of("num_steps=2000000"));
        assertThatThrownBy(() -> TrainingRun.train(hugeRollout, dir, ProgressReporter.none()))
                .hasMessageContaining("maximum heap");
        assertThat(dir).doesNotExist();
        assertThat(MemoryBudget.human(1536)).isEqualTo("1.5 KiB");
        assertThat(MemoryBudget.human(3.0 * (1L << 30))).isEqualTo("3.0 GiB");
    }
}
