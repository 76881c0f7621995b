package org.vecrl.core.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Seeding;

class DiscreteTest {

    @Test
    void samplesCoverEveryValueAndStayInside() {
        Discrete space = new Discrete(4, -2);
        SpaceChecks.assertSamplesStayInside(space);
        int[] counts = new int[4];
        RandomGenerator rng = Seeding.generator(3L);
        for (int i = 0; i < 4_000; i++) {
            counts[space.sample(rng) + 2]++;
        }
        for (int c : counts) {
            assertThat(c).isBetween(800, 1200);
        }
    }

    @Test
    void containsRejectsWrongTypeAndRange() {
        Discrete space = new Discrete(3, 1);
        assertThat(space.contains(1)).isTrue();
        assertThat(space.contains(Integer.valueOf(3))).isTrue();
        assertThat(space.contains(0)).isFalse();
        assertThat(space.contains(4)).isFalse();
        assertThat(space.contains(2L)).isFalse();
        assertThat(space.contains(2.0)).isFalse();
        assertThat(space.contains("2")).isFalse();
        assertThat(space.contains(null)).isFalse();
        assertThat(new Discrete(2, Integer.MAX_VALUE - 1).contains(Integer.MIN_VALUE))
                .isFalse();
    }

    @Test
    void flattensOneHot() {
        Discrete space = new Discrete(3, 1);
        assertThat(space.flatten(2)).containsExactly(0f, 1f, 0f);
        assertThat(space.unflatten(new float[] {0f, 0f, 1f})).isEqualTo(3);
        assertThat(space.flatSpace()).isEqualTo(new Box(0f, 1f, 3));
        SpaceChecks.assertRoundTrip(space);
        assertThatThrownBy(() -> space.flatten(7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value 7")
                .hasMessageContaining("Discrete(3, start=1)");
        assertThatThrownBy(() -> space.unflatten(new float[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one-hot");
    }

    @Test
    void toStringEqualityAndBadArguments() {
        assertThat(new Discrete(2))
                .hasToString("Discrete(2)")
                .isEqualTo(new Discrete(2, 0))
                .hasSameHashCodeAs(new Discrete(2));
        assertThat(new Discrete(3, -1)).hasToString("Discrete(3, start=-1)").isNotEqualTo(new Discrete(3));
        assertThat(new Discrete(2).shape()).isEmpty();
        assertThatThrownBy(() -> new Discrete(0)).hasMessageContaining("n=0");
        assertThatThrownBy(() -> new Discrete(3, Integer.MAX_VALUE)).hasMessageContaining("does not fit");
    }
}
