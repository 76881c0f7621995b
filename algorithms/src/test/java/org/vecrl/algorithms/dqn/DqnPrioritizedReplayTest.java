package org.vecrl.algorithms.dqn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vecrl.algorithms.train.Metrics;
import org.vecrl.core.buffer.PrioritizedReplayBuffer;
import org.vecrl.core.buffer.ReplayBatch;
import org.vecrl.core.buffer.ReplayBuffer;

/** DQN with {@code prioritized_replay}: the buffer type, the priority update after a step, the arguments. */
class DqnPrioritizedReplayTest {

    @Test
    void uniformReplayByDefault() {
        DqnLearner learner = DqnTesting.learner("CartPole-v1", 1, 1, 1000, DqnTesting.args(Map.of()));
        assertThat(learner.buffer()).isNotInstanceOf(PrioritizedReplayBuffer.class);
    }

    /**
     * After one training step every sampled row has priority (|y - Q(s, a)| + eps)^alpha with y and Q
     * from the networks before the step, and every other row keeps the initial maximum priority 1.
     */
    @Test
    void sampledRowsGetPriorityAbsTdErrorPlusEps() {
        int rows = 64;
        double alpha = 0.5;
        double eps = 0.25;
        DqnHyperparameters args = DqnTesting.args(Map.of(
                "prioritized_replay",
                true,
                "per_alpha",
                alpha,
                "per_eps",
                eps,
                "buffer_size",
                rows,
                "learning_starts",
                rows,
                "batch_size",
                16,
                "hidden_sizes",
                "16"));
        DqnLearner learner = DqnTesting.learner("CartPole-v1", 1, 3, 1000, args);
        Metrics metrics =
                new Metrics(learner.metricNames(), () -> learner.agent().step());
        learner.iterate(metrics);
        PrioritizedReplayBuffer buffer = (PrioritizedReplayBuffer) learner.buffer();
        assertThat(buffer.size()).isEqualTo(rows);
        assertThat(buffer.priorities().leaves()).containsOnly(1.0);

        ReplayBuffer.Snapshot s = buffer.snapshot();
        int numActions = learner.qNetwork().numActions();
        float[] q = new float[rows * numActions];
        float[] qNext = new float[rows * numActions];
        learner.qNetwork().forward(s.obs(), rows, q);
        learner.targetNetwork().forward(s.nextObs(), rows, qNext);
        float[] y = new float[rows];
        DqnLearner.bellmanTargets(s.rewards(), s.terminated(), qNext, qNext, rows, numActions, args.gamma(), y);

        learner.trainingStep(metrics);
        ReplayBatch batch = learner.lastBatch();
        double[] leaves = buffer.priorities().leaves();
        Set<Integer> sampled = new HashSet<>();
        double maxPriority = 1;
        for (int k = 0; k < batch.size(); k++) {
            int row = batch.indices[k];
            sampled.add(row);
            double priority = Math.abs(y[row] - q[row * numActions + s.actions()[row]]) + eps;
            maxPriority = Math.max(maxPriority, priority);
            assertThat(leaves[row]).as("row %d", row).isCloseTo(Math.pow(priority, alpha), within(1e-5));
        }
        assertThat(sampled).hasSizeGreaterThan(1);
        for (int row = 0; row < rows; row++) {
            if (!sampled.contains(row)) {
                assertThat(leaves[row]).as("row %d was not sampled", row).isEqualTo(1.0);
            }
        }
        assertThat(buffer.priorities().maxPriority()).isCloseTo(maxPriority, within(1e-5));
    }

    @Test
    void rejectsBadPrioritizedReplayArguments() {
        assertThatThrownBy(() -> DqnTesting.args(Map.of("per_alpha", -0.1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("per_alpha=-0.1: expected >= 0");
        assertThatThrownBy(() -> DqnTesting.args(Map.of("per_beta_start", 1.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("per_beta_start=1.5: expected in [0, 1]");
        assertThatThrownBy(() -> DqnTesting.args(Map.of("per_eps", 0.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("per_eps=0.0: expected > 0");
    }
}
