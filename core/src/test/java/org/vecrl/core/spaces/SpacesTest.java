package org.vecrl.core.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpacesTest {

    @Test
    void describesMembersByContentsAndScalarsWithTheirType() {
        assertThat(Spaces.describe(null)).isEqualTo("null");
        assertThat(Spaces.describe(2L)).isEqualTo("2 (Long)");
        assertThat(Spaces.describe(new float[] {1f, -0.5f})).isEqualTo("[1.0, -0.5]");
        assertThat(Spaces.describe(new int[][] {{1}, {2, 3}})).isEqualTo("[[1], [2, 3]]");
        assertThat(Spaces.describe(List.of(1, new int[] {0, 1}))).isEqualTo("[1, [0, 1]]");
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("pos", new float[] {2f});
        dict.put("mode", 1);
        assertThat(Spaces.describe(dict)).isEqualTo("{pos=[2.0], mode=1}");
    }

    @Test
    void formatsLikeNumpyAndGymnasium() {
        assertThat(Spaces.shapeString(new int[0])).isEqualTo("()");
        assertThat(Spaces.shapeString(new int[] {4})).isEqualTo("(4,)");
        assertThat(Spaces.shapeString(new int[] {2, 3})).isEqualTo("(2, 3)");
        assertThat(Spaces.numpyString(new int[] {3, 2})).isEqualTo("[3 2]");
        assertThat(Spaces.numpyString(-4.8f)).isEqualTo("-4.8");
        assertThat(Spaces.numpyString(Float.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(Spaces.numpyString(Float.NaN)).isEqualTo("nan");
    }

    @Test
    void sizeMultipliesDimensionsAndRejectsNegativeOnes() {
        assertThat(Spaces.size(new int[0])).isEqualTo(1);
        assertThat(Spaces.size(new int[] {2, 3, 4})).isEqualTo(24);
        assertThatThrownBy(() -> Spaces.size(new int[] {2, -1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[2, -1]");
    }

    @Test
    void aSpaceWithoutKnownBoundsFlattensIntoTheUnboundedBox() {
        Space<Integer> custom = new Space<>() {
            @Override
            public Integer sample(java.util.random.RandomGenerator rng) {
                return 0;
            }

            @Override
            public boolean contains(Object x) {
                return Integer.valueOf(0).equals(x);
            }

            @Override
            public int[] shape() {
                return new int[0];
            }

            @Override
            public int flatDim() {
                return 3;
            }

            @Override
            public void flattenInto(Integer x, float[] out, int offset) {
                out[offset] = x;
            }

            @Override
            public Integer unflatten(float[] flat, int offset) {
                return (int) flat[offset];
            }
        };
        assertThat(custom.flatSpace()).isEqualTo(new Box(Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, 3));
        assertThatThrownBy(() -> custom.check(1, "action")).hasMessageStartingWith("action 1 (Integer) is not in ");
    }
}
