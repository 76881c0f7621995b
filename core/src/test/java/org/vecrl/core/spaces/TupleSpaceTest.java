package org.vecrl.core.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TupleSpaceTest {
    private final TupleSpace space = TupleSpace.of(new Discrete(2), new Box(-1f, 1f, 2), new MultiBinary(2));

    @Test
    void samplesStayInside() {
        SpaceChecks.assertSamplesStayInside(space);
        SpaceChecks.assertSamplesStayInside(TupleSpace.of(space, new MultiDiscrete(3, 4)));
    }

    @Test
    void containsRejectsWrongTypeLengthAndParts() {
        assertThat(space.contains(List.of(1, new float[] {0f, 0.5f}, new int[] {1, 0})))
                .isTrue();
        assertThat(space.contains(List.of(2, new float[] {0f, 0.5f}, new int[] {1, 0})))
                .isFalse();
        assertThat(space.contains(List.of(1, new float[] {0f, 1.5f}, new int[] {1, 0})))
                .isFalse();
        assertThat(space.contains(List.of(1, new float[] {0f, 0.5f}))).isFalse();
        assertThat(space.contains(new Object[] {1, new float[] {0f, 0.5f}, new int[] {1, 0}}))
                .isFalse();
        assertThat(space.contains(Arrays.asList(1, null, new int[] {1, 0}))).isFalse();
    }

    @Test
    void flattensToTheConcatenationOfItsParts() {
        assertThat(space.flatDim()).isEqualTo(6);
        assertThat(space.shape()).isNull();
        assertThat(space.flatten(List.of(1, new float[] {-0.5f, 0.25f}, new int[] {0, 1})))
                .containsExactly(0f, 1f, -0.5f, 0.25f, 0f, 1f);
        Box flat = space.flatSpace();
        assertThat(flat.low()).containsExactly(0f, 0f, -1f, -1f, 0f, 0f);
        assertThat(flat.high()).containsExactly(1f, 1f, 1f, 1f, 1f, 1f);
        SpaceChecks.assertRoundTrip(space);
        SpaceChecks.assertRoundTrip(TupleSpace.of(space, new MultiDiscrete(3, 4)));
        assertThatThrownBy(() -> space.flatten(List.of(1, new float[] {0f, 0f})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("value [1, [0.0, 0.0]] is not in Tuple(Discrete(2), ");
    }

    @Test
    void toStringAndEquality() {
        assertThat(space).hasToString("Tuple(Discrete(2), Box(-1.0, 1.0, (2,), float32), MultiBinary(2))");
        assertThat(space)
                .isEqualTo(new TupleSpace(List.of(new Discrete(2), new Box(-1f, 1f, 2), new MultiBinary(2))))
                .hasSameHashCodeAs(TupleSpace.of(new Discrete(2), new Box(-1f, 1f, 2), new MultiBinary(2)))
                .isNotEqualTo(TupleSpace.of(new Discrete(2), new Box(-1f, 1f, 2)))
                .isNotEqualTo(TupleSpace.of(new Discrete(3), new Box(-1f, 1f, 2), new MultiBinary(2)));
        assertThat(space.size()).isEqualTo(3);
        assertThat(space.get(2)).isEqualTo(new MultiBinary(2));
        assertThatThrownBy(() -> new TupleSpace(Arrays.asList(new Discrete(2), null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
