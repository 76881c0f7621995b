package org.vecrl.core.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Seeding;

class BoxTest {
    private static final float INF = Float.POSITIVE_INFINITY;

    @Test
    void samplesStayInsideBoundedHalfBoundedAndUnboundedDimensions() {
        Box space = new Box(new float[] {-1f, 2f, -INF, -INF, 5f}, new float[] {1f, INF, 3f, INF, 5f}, 5);
        SpaceChecks.assertSamplesStayInside(space);
        RandomGenerator rng = Seeding.generator(5L);
        double[] sum = new double[5];
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            float[] x = space.sample(rng);
            for (int k = 0; k < 5; k++) {
                sum[k] += x[k];
            }
        }
        assertThat(sum[0] / n).isCloseTo(0.0, within(0.03));
        assertThat(sum[1] / n).isCloseTo(3.0, within(0.05));
        assertThat(sum[2] / n).isCloseTo(2.0, within(0.05));
        assertThat(sum[3] / n).isCloseTo(0.0, within(0.05));
        assertThat(sum[4] / n).isEqualTo(5.0);
    }

    @Test
    void containsRejectsWrongTypeShapeAndRange() {
        Box space = new Box(-1f, 1f, 2);
        assertThat(space.contains(new float[] {-1f, 1f})).isTrue();
        assertThat(space.contains(new float[] {0f, 1.01f})).isFalse();
        assertThat(space.contains(new float[] {0f, Float.NaN})).isFalse();
        assertThat(space.contains(new float[] {0f})).isFalse();
        assertThat(space.contains(new double[] {0.0, 0.0})).isFalse();
        assertThat(space.contains(new int[] {0, 0})).isFalse();
        assertThat(space.contains(null)).isFalse();
    }

    @Test
    void flattensRawAndKeepsBoundsInTheFlatSpace() {
        Box space = new Box(new float[] {0f, 1f, 2f, 3f, 4f, 5f}, new float[] {6f, 7f, 8f, 9f, 10f, 11f}, 2, 3);
        assertThat(space.shape()).containsExactly(2, 3);
        assertThat(space.flatten(new float[] {0f, 1f, 2f, 3f, 4f, 5f})).containsExactly(0f, 1f, 2f, 3f, 4f, 5f);
        Box flat = space.flatSpace();
        assertThat(flat.shape()).containsExactly(6);
        assertThat(flat.low()).containsExactly(space.low());
        assertThat(flat.high()).containsExactly(space.high());
        SpaceChecks.assertRoundTrip(space);
        assertThatThrownBy(() -> space.flatten(new float[5]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("length 5")
                .hasMessageContaining("expected length 6");
    }

    @Test
    void toStringLikeGymnasium() {
        assertThat(new Box(-4.8f, 4.8f, 4)).hasToString("Box(-4.8, 4.8, (4,), float32)");
        assertThat(new Box(-INF, INF, 2, 3)).hasToString("Box(-inf, inf, (2, 3), float32)");
        assertThat(new Box(new float[] {-4.8f, -INF}, new float[] {4.8f, INF}, 2))
                .hasToString("Box([-4.8, -Infinity], [4.8, Infinity], (2,), float32)");
        assertThat(new Box(0f, 1f)).hasToString("Box(0.0, 1.0, (), float32)");
    }

    @Test
    void equalityIgnoresTheSignOfZero() {
        Box a = new Box(-0f, 1f, 3);
        Box b = new Box(0f, 1f, 3);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a)
                .isNotEqualTo(new Box(0f, 2f, 3))
                .isNotEqualTo(new Box(0f, 1f, 1, 3))
                .isNotEqualTo(new Box(0f, 1f, 4));
    }

    @Test
    void rejectsBadBounds() {
        assertThatThrownBy(() -> new Box(1f, 0f, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[1.0, 0.0]");
        assertThatThrownBy(() -> new Box(new float[2], new float[3], 2)).hasMessageContaining("expected length 2");
        assertThatThrownBy(() -> new Box(Float.NaN, 0f, 1)).hasMessageContaining("NaN");
    }
}
