package org.vecrl.core.buffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PrioritizedReplayBufferTest {

    private static PrioritizedReplayBuffer filled(double alpha) {
        PrioritizedReplayBuffer b = new PrioritizedReplayBuffer(1, 1, 4, 3, alpha, 1e-6);
        for (int i = 0; i < 4; i++) {
            b.add(new float[] {i}, new int[] {0}, new float[] {0}, new boolean[] {false}, new float[] {i});
        }
        return b;
    }

    @Test
    void samplesProportionallyToPriorityToTheAlphaAndWeightsInversely() {
        PrioritizedReplayBuffer b = filled(1.0);
        b.updatePriorities(new int[] {0, 1, 2, 3}, new float[] {1, 2, 3, -4}, 4);
        assertThat(b.probability(3)).isCloseTo(4 / 10.0, within(1e-6));
        int n = 40_000;
        ReplayBatch batch = new ReplayBatch(n, 1);
        float[] w = new float[n];
        b.sample(n, 1.0, batch, w);
        int[] counts = new int[4];
        for (int k = 0; k < n; k++) {
            int row = (int) batch.obs[k];
            counts[row]++;
            assertThat(batch.indices[k]).isEqualTo(row);
            assertThat((double) w[k]).isCloseTo(1.0 / (row + 1), within(1e-4));
        }
        for (int i = 0; i < 4; i++) {
            assertThat(counts[i]).isBetween(n * (i + 1) / 10 - 600, n * (i + 1) / 10 + 600);
        }
    }

    @Test
    void alphaZeroIsUniformAndNewRowsGetTheMaximumPriority() {
        PrioritizedReplayBuffer b = filled(0.0);
        b.updatePriorities(new int[] {0}, new float[] {100}, 1);
        assertThat(b.probability(0)).isCloseTo(0.25, within(1e-9));
        PrioritizedReplayBuffer c = filled(1.0);
        c.updatePriorities(new int[] {0, 1, 2, 3}, new float[] {1, 1, 1, 7}, 4);
        c.add(new float[] {9}, new int[] {0}, new float[] {0}, new boolean[] {false}, new float[] {9});
        assertThat(c.probability(0))
                .as("row 0 was overwritten with the max priority 7")
                .isCloseTo(7 / 16.0, within(1e-5));
    }

    @Test
    void prioritiesSurviveASnapshotAndRestore() {
        PrioritizedReplayBuffer b = filled(0.5);
        b.updatePriorities(new int[] {1, 3}, new float[] {-3, 8}, 2);
        PrioritizedReplayBuffer c = filled(0.5);
        c.restore(b.snapshot());
        c.restorePriorities(b.priorities());
        assertThat(c.priorities().leaves()).containsExactly(b.priorities().leaves());
        assertThat(c.priorities().leaves()[1]).isCloseTo(Math.sqrt(3 + 1e-6), within(1e-12));
        assertThat(c.priorities().leaves()[2]).isEqualTo(1);
        assertThat(c.priorities().maxPriority()).isEqualTo(8 + 1e-6);
        c.add(new float[] {9}, new int[] {0}, new float[] {0}, new boolean[] {false}, new float[] {9});
        assertThat(c.probability(0))
                .as("a new row gets the restored max priority")
                .isCloseTo(Math.sqrt(8 + 1e-6) / (1 + 2 * Math.sqrt(8 + 1e-6) + Math.sqrt(3 + 1e-6)), within(1e-12));
    }
}
