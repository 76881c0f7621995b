package org.vecrl.cuda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.algorithms.train.Algorithms;
import org.vecrl.algorithms.train.ProgressReporter;
import org.vecrl.algorithms.train.RunConfig;
import org.vecrl.algorithms.train.Summary;
import org.vecrl.algorithms.train.TrainingRun;

/**
 * GPU: a short PPO CartPole run with engine=cuda goes through the whole training loop (actor and critic on the
 * device, Adam with clipping) like the same run on the simd engine (skipped without a GPU).
 */
class PpoOnCudaTest {

    @Test
    void aShortPpoRunTrainsOnTheDeviceLikeOnTheSimdEngine(@TempDir Path dir) {
        CudaTesting.assumeGpu();
        Summary simd = train("simd", dir.resolve("simd"));
        Summary cuda = train("cuda", dir.resolve("cuda"));
        assertThat(cuda.totalSteps()).isEqualTo(simd.totalSteps()).isEqualTo(4096);
        assertThat(cuda.diverged()).isFalse();
        assertThat(cuda.finalMeanReturn()).isFinite().isPositive();
    }

    private static Summary train(String engine, Path dir) {
        RunConfig config = RunConfig.resolve(
                Algorithms.get("ppo"),
                "CartPole-v1",
                new RunConfig.Sources(
                        null,
                        Map.of(),
                        null,
                        Map.of("seed", 1),
                        List.of("num_envs=4", "total_timesteps=4096", "engine=" + engine)));
        return TrainingRun.train(config, dir, ProgressReporter.none());
    }
}
