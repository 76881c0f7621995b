package org.vecrl.core.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Seeding;

class MultiBinaryTest {

    @Test
    void samplesAreFairBits() {
        MultiBinary space = new MultiBinary(4);
        SpaceChecks.assertSamplesStayInside(space);
        RandomGenerator rng = Seeding.generator(2L);
        int[] ones = new int[4];
        for (int i = 0; i < 4_000; i++) {
            int[] x = space.sample(rng);
            for (int k = 0; k < 4; k++) {
                ones[k] += x[k];
            }
        }
        assertThat(java.util.Arrays.stream(ones).boxed())
                .allSatisfy(c -> assertThat(c).isBetween(1800, 2200));
    }

    @Test
    void containsRejectsWrongTypeShapeAndValues() {
        MultiBinary space = new MultiBinary(3);
        assertThat(space.contains(new int[] {0, 1, 1})).isTrue();
        assertThat(space.contains(new int[] {0, 2, 1})).isFalse();
        assertThat(space.contains(new int[] {0, 1})).isFalse();
        assertThat(space.contains(new boolean[] {false, true, true})).isFalse();
        assertThat(space.contains(new float[] {0f, 1f, 1f})).isFalse();
    }

    @Test
    void flattensRaw() {
        MultiBinary space = new MultiBinary(3);
        assertThat(space.shape()).containsExactly(3);
        assertThat(space.flatten(new int[] {1, 0, 1})).containsExactly(1f, 0f, 1f);
        assertThat(space.unflatten(new float[] {0f, 1f, 1f})).containsExactly(0, 1, 1);
        assertThat(space.flatSpace()).isEqualTo(new Box(0f, 1f, 3));
        SpaceChecks.assertRoundTrip(space);
        assertThatThrownBy(() -> space.unflatten(new float[] {0f, 0.5f, 1f}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.5")
                .hasMessageContaining("expected 0 or 1");
    }

    @Test
    void toStringEqualityAndBadArguments() {
        assertThat(new MultiBinary(4))
                .hasToString("MultiBinary(4)")
                .isEqualTo(new MultiBinary(4))
                .hasSameHashCodeAs(new MultiBinary(4))
                .isNotEqualTo(new MultiBinary(3));
        assertThatThrownBy(() -> new MultiBinary(0)).hasMessageContaining("n=0");
    }
}
