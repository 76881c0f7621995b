package org.vecrl.core.buffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplayBufferTest {

    private static void addScalar(ReplayBuffer b, float v, boolean term) {
        b.add(new float[] {v}, new int[] {(int) v}, new float[] {v * 10}, new boolean[] {term}, new float[] {v + 0.5f});
    }

    @Test
    void keepsTheLastCapacityRowsAndSamplesOnlyThem() {
        ReplayBuffer b = new ReplayBuffer(1, 1, 4, 7);
        for (int i = 0; i <= 5; i++) {
            addScalar(b, i, false);
        }
        ReplayBatch batch = new ReplayBatch(1000, 1);
        b.sample(1000, batch);
        Set<Float> seen = new HashSet<>();
        for (int k = 0; k < batch.size(); k++) {
            seen.add(batch.obs[k]);
            assertThat(batch.nextObs[k]).isEqualTo(batch.obs[k] + 0.5f);
            assertThat(batch.actions[k]).isEqualTo((int) batch.obs[k]);
            assertThat(batch.rewards[k]).isEqualTo(batch.obs[k] * 10);
        }
        assertThat(seen).containsExactlyInAnyOrder(2f, 3f, 4f, 5f);
        assertThat(b.size()).isEqualTo(4);
        assertThat(b.added()).isEqualTo(6);
    }

    @Test
    void exposesRowsOldestFirstAfterWrapping() {
        ReplayBuffer b = new ReplayBuffer(2, 2, 5, 1);
        for (int t = 0; t < 4; t++) {
            float a = 2 * t;
            float c = 2 * t + 1;
            b.add(
                    new float[] {a, -a, c, -c},
                    new int[] {t, t},
                    new float[] {a, c},
                    new boolean[] {false, t == 3},
                    new float[] {a + 100, 0, c + 100, 0});
        }
        assertThat(b.size()).isEqualTo(5);
        assertThat(b.observations()).containsExactly(3, -3, 4, -4, 5, -5, 6, -6, 7, -7);
        assertThat(b.rewards()).containsExactly(3, 4, 5, 6, 7);
        assertThat(b.actions()).containsExactly(1, 2, 2, 3, 3);
        assertThat(b.terminated()).containsExactly(false, false, false, false, true);
        assertThat(b.nextObservations()).containsExactly(103, 0, 104, 0, 105, 0, 106, 0, 107, 0);
    }

    @Test
    void samplesUniformlyWithReplacementOverTheFilledPartOnly() {
        ReplayBuffer b = new ReplayBuffer(1, 1, 100, 3);
        for (int i = 0; i < 4; i++) {
            addScalar(b, i, false);
        }
        int n = 40_000;
        ReplayBatch batch = new ReplayBatch(n, 1);
        b.sample(n, batch);
        int[] counts = new int[4];
        for (int k = 0; k < n; k++) {
            counts[(int) batch.obs[k]]++;
        }
        for (int c : counts) {
            assertThat(c).isBetween(n / 4 - 600, n / 4 + 600);
        }
    }

    @Test
    void sameSeedSameSamplesAndARestoredSnapshotContinuesTheStream() {
        ReplayBuffer a = new ReplayBuffer(1, 1, 50, 11);
        ReplayBuffer b = new ReplayBuffer(1, 1, 50, 11);
        for (int i = 0; i < 50; i++) {
            addScalar(a, i, false);
            addScalar(b, i, false);
        }
        ReplayBatch x = new ReplayBatch(64, 1);
        ReplayBatch y = new ReplayBatch(64, 1);
        a.sample(64, x);
        b.sample(64, y);
        assertThat(x.obs).containsExactly(y.obs);
        ReplayBuffer c = new ReplayBuffer(1, 1, 50, 999);
        c.restore(a.snapshot());
        ReplayBatch z = new ReplayBatch(64, 1);
        a.sample(64, x);
        c.sample(64, z);
        assertThat(z.indices).containsExactly(x.indices);
        b.sample(64, y);
        assertThat(y.indices).containsExactly(x.indices);
    }

    @Test
    void snapshotRestoresContentsAndPosition() {
        ReplayBuffer a = new ReplayBuffer(1, 1, 3, 1);
        for (int i = 0; i < 5; i++) {
            addScalar(a, i, i == 4);
        }
        ReplayBuffer b = new ReplayBuffer(1, 1, 3, 99);
        b.restore(a.snapshot());
        assertThat(ReplayBuffer.sameContents(a.snapshot(), b.snapshot())).isTrue();
        addScalar(a, 9, false);
        addScalar(b, 9, false);
        assertThat(b.observations()).containsExactly(a.observations()).containsExactly(3, 4, 9);
        assertThat(b.terminated()).containsExactly(false, true, false);
        assertThatThrownBy(() -> new ReplayBuffer(1, 2, 3, 1).restore(a.snapshot()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("obsDim 1");
    }

    @Test
    void rejectsBadShapesAndEmptySampling() {
        ReplayBuffer b = new ReplayBuffer(2, 3, 10, 1);
        assertThatThrownBy(() -> b.sample(1, new ReplayBatch(1, 3)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> b.add(new float[5], new int[2], new float[2], new boolean[2], new float[6]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("obs of length 5: expected 6");
        assertThatThrownBy(() -> b.add(new float[6], new int[1], new float[2], new boolean[2], new float[6]))
                .hasMessage("actions of length 1: expected 2");
        b.add(new float[6], new int[2], new float[2], new boolean[2], new float[6]);
        assertThatThrownBy(() -> b.sample(5, new ReplayBatch(4, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 1..4");
        assertThatThrownBy(() -> b.sample(1, new ReplayBatch(4, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("obsDim 2: expected 3");
    }
}
