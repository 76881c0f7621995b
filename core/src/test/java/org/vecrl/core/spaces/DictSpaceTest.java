package org.vecrl.core.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Seeding;

class DictSpaceTest {
    private final DictSpace space = dict("pos", new Box(0f, 10f, 2), "mode", new Discrete(3));

    private static DictSpace dict(String k1, Space<?> s1, String k2, Space<?> s2) {
        LinkedHashMap<String, Space<?>> m = new LinkedHashMap<>();
        m.put(k1, s1);
        m.put(k2, s2);
        return new DictSpace(m);
    }

    @Test
    void samplesStayInsideWithKeysInInsertionOrder() {
        SpaceChecks.assertSamplesStayInside(space);
        assertThat(space.sample(Seeding.generator(1L)).keySet()).containsExactly("pos", "mode");
        SpaceChecks.assertSamplesStayInside(dict("inner", space, "bits", new MultiBinary(3)));
    }

    @Test
    void containsRejectsWrongTypeKeysAndValues() {
        assertThat(space.contains(Map.of("mode", 2, "pos", new float[] {1f, 9f})))
                .isTrue();
        assertThat(space.contains(Map.of("mode", 3, "pos", new float[] {1f, 9f})))
                .isFalse();
        assertThat(space.contains(Map.of("mode", 2, "pos", new float[] {1f, 11f})))
                .isFalse();
        assertThat(space.contains(Map.of("mode", 2))).isFalse();
        assertThat(space.contains(Map.of("mode", 2, "place", new float[] {1f, 9f})))
                .isFalse();
        assertThat(space.contains(Map.of("mode", 2, "pos", new float[] {1f, 9f}, "x", 1)))
                .isFalse();
        assertThat(space.contains(java.util.List.of(new float[] {1f, 9f}, 2))).isFalse();
    }

    @Test
    void flattensValuesInKeyOrder() {
        assertThat(space.flatDim()).isEqualTo(5);
        assertThat(space.shape()).isNull();
        assertThat(space.flatten(Map.of("mode", 1, "pos", new float[] {3f, 4f})))
                .containsExactly(3f, 4f, 0f, 1f, 0f);
        assertThat(dict("mode", new Discrete(3), "pos", new Box(0f, 10f, 2))
                        .flatten(Map.of("mode", 1, "pos", new float[] {3f, 4f})))
                .containsExactly(0f, 1f, 0f, 3f, 4f);
        assertThat(space.flatSpace().high()).containsExactly(10f, 10f, 1f, 1f, 1f);
        SpaceChecks.assertRoundTrip(space);
        SpaceChecks.assertRoundTrip(dict("inner", space, "bits", new MultiBinary(3)));
        assertThat(space.unflatten(new float[] {3f, 4f, 0f, 0f, 1f}).keySet()).containsExactly("pos", "mode");
    }

    @Test
    void toStringAndOrderSensitiveEquality() {
        assertThat(space).hasToString("Dict('pos': Box(0.0, 10.0, (2,), float32), 'mode': Discrete(3))");
        assertThat(space)
                .isEqualTo(dict("pos", new Box(0f, 10f, 2), "mode", new Discrete(3)))
                .hasSameHashCodeAs(dict("pos", new Box(0f, 10f, 2), "mode", new Discrete(3)))
                .isNotEqualTo(dict("mode", new Discrete(3), "pos", new Box(0f, 10f, 2)))
                .isNotEqualTo(dict("pos", new Box(0f, 10f, 2), "mode", new Discrete(4)));
        assertThat(space.keys()).containsExactly("pos", "mode");
        assertThat(space.get("mode")).isEqualTo(new Discrete(3));
        assertThatThrownBy(() -> space.get("speed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'speed'")
                .hasMessageContaining("[pos, mode]");
    }
}
