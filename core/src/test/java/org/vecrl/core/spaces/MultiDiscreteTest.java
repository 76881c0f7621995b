package org.vecrl.core.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Seeding;

class MultiDiscreteTest {

    @Test
    void samplesStayInsideAndCoverEachElement() {
        MultiDiscrete space = new MultiDiscrete(new int[] {3, 2}, new int[] {1, -1});
        SpaceChecks.assertSamplesStayInside(space);
        int[][] counts = new int[2][3];
        RandomGenerator rng = Seeding.generator(1L);
        for (int i = 0; i < 3_000; i++) {
            int[] x = space.sample(rng);
            counts[0][x[0] - 1]++;
            counts[1][x[1] + 1]++;
        }
        assertThat(java.util.Arrays.stream(counts[0]).boxed())
                .allSatisfy(c -> assertThat(c).isBetween(850, 1150));
        assertThat(counts[1][0]).isBetween(1350, 1650);
        assertThat(counts[1][2]).isZero();
    }

    @Test
    void containsRejectsWrongTypeShapeAndRange() {
        MultiDiscrete space = new MultiDiscrete(3, 2);
        assertThat(space.contains(new int[] {2, 1})).isTrue();
        assertThat(space.contains(new int[] {3, 0})).isFalse();
        assertThat(space.contains(new int[] {-1, 0})).isFalse();
        assertThat(space.contains(new int[] {0})).isFalse();
        assertThat(space.contains(new int[] {0, 0, 0})).isFalse();
        assertThat(space.contains(new long[] {0, 0})).isFalse();
        assertThat(space.contains(new float[] {0, 0})).isFalse();
    }

    @Test
    void flattensToConcatenatedOneHots() {
        MultiDiscrete space = new MultiDiscrete(new int[] {3, 2}, new int[] {1, 0});
        assertThat(space.flatDim()).isEqualTo(5);
        assertThat(space.shape()).containsExactly(2);
        assertThat(space.flatten(new int[] {3, 0})).containsExactly(0f, 0f, 1f, 1f, 0f);
        assertThat(space.unflatten(new float[] {1f, 0f, 0f, 0f, 1f})).containsExactly(1, 1);
        assertThat(space.flatSpace()).isEqualTo(new Box(0f, 1f, 5));
        SpaceChecks.assertRoundTrip(space);
        assertThatThrownBy(() -> space.unflatten(new float[] {1f, 0f, 0f, 0f, 0f}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("element 1");
        assertThatThrownBy(() -> space.flatten(new int[] {0, 0})).hasMessageContaining("value [0, 0] is not in");
    }

    @Test
    void toStringEqualityAndBadArguments() {
        assertThat(new MultiDiscrete(3, 2))
                .hasToString("MultiDiscrete([3 2])")
                .isEqualTo(new MultiDiscrete(new int[] {3, 2}, new int[2]))
                .hasSameHashCodeAs(new MultiDiscrete(3, 2))
                .isNotEqualTo(new MultiDiscrete(2, 3));
        assertThat(new MultiDiscrete(new int[] {3, 2}, new int[] {1, 0}))
                .hasToString("MultiDiscrete([3 2], start=[1 0])")
                .isNotEqualTo(new MultiDiscrete(3, 2));
        assertThatThrownBy(() -> new MultiDiscrete(3, 0)).hasMessageContaining("[3 0]");
        assertThatThrownBy(() -> new MultiDiscrete(new int[] {3}, new int[2])).hasMessageContaining("same length");
    }
}
