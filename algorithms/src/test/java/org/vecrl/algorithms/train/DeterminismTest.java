package org.vecrl.algorithms.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.core.io.ArrowTables;
import org.vecrl.nn.Checkpoint;

/**
 * Two training runs with the same seed in one JVM give bit-identical results: the first runs while
 * the SIMD kernels are still interpreted or C1-compiled, the second once C2 has compiled them, so
 * floating point that depends on the JIT (a vector transcendental, a lane reduction of unspecified
 * order) shows up as differing parameters, losses or episodes.
 */
class DeterminismTest {

    @Test
    void ppoOnCartPoleRepeatsBitForBit(@TempDir Path tmp) throws IOException {
        List<String> sets = List.of("total_timesteps=12288", "seed=3", "checkpoint_every=12288");
        assertRunsIdentical("ppo", sets, List.of("actor", "critic"), tmp);
    }

    @Test
    void dqnOnCartPoleRepeatsBitForBit(@TempDir Path tmp) throws IOException {
        List<String> sets = List.of(
                "total_timesteps=6000",
                "seed=3",
                "checkpoint_every=6000",
                "buffer_size=2000",
                "learning_starts=500",
                "target_update_interval=50",
                "metrics_every=500");
        assertRunsIdentical("dqn", sets, List.of("dqn.q.mlp", "dqn.target.mlp"), tmp);
    }

    private static void assertRunsIdentical(String algo, List<String> sets, List<String> networks, Path tmp)
            throws IOException {
        RunDirectory first = run(algo, sets, tmp.resolve("first"));
        RunDirectory second = run(algo, sets, tmp.resolve("second"));

        Checkpoint a = Checkpoint.load(first.finalCheckpoint());
        Checkpoint b = Checkpoint.load(second.finalCheckpoint());
        for (String net : networks) {
            assertThat(Arrays.mismatch(a.getFloats(net), b.getFloats(net)))
                    .as("index of the first differing final parameter of %s (-1: none)", net)
                    .isEqualTo(-1);
        }
        assertThat(withoutWallTime(b, tmp.resolve("b.ckpt")))
                .as("the whole final checkpoint but its wall time")
                .hasSameBinaryContentAs(withoutWallTime(a, tmp.resolve("a.ckpt")));

        List<Map<String, Object>> episodes = withoutTimings(ArrowTables.read(first.episodesArrow()));
        assertThat(episodes).as("episodes").hasSizeGreaterThan(20);
        assertThat(withoutTimings(ArrowTables.read(second.episodesArrow())))
                .as("episodes")
                .isEqualTo(episodes);
        assertThat(withoutTimings(ArrowTables.read(second.metricsArrow())))
                .as("metrics")
                .isEqualTo(withoutTimings(ArrowTables.read(first.metricsArrow())));
    }

    private static RunDirectory run(String algo, List<String> sets, Path dir) {
        RunConfig config = RunConfig.resolve(
                Algorithms.get(algo), "CartPole-v1", new RunConfig.Sources(null, Map.of(), null, Map.of(), sets));
        TrainingRun.train(config, dir, ProgressReporter.none());
        return new RunDirectory(dir);
    }

    private static Path withoutWallTime(Checkpoint archive, Path file) {
        archive.putDouble("run.wall_seconds", 0);
        archive.save(file);
        return file;
    }

    private static List<Map<String, Object>> withoutTimings(List<Map<String, Object>> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            copy.remove("wall_time");
            copy.remove("sps");
            out.add(copy);
        }
        return out;
    }
}
