package org.vecrl.core.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArgMaxTest {

    @Test
    void picksTheLargestEntry() {
        assertThat(ArgMax.of(new double[] {0.5, -1.0, 2.5, 2.0})).isEqualTo(2);
        assertThat(ArgMax.of(new double[] {-3.0, -2.0})).isEqualTo(1);
    }

    @Test
    void breaksTiesTowardsTheLowestIndex() {
        assertThat(ArgMax.of(new double[] {2, 5, 1, 5})).isEqualTo(1);
        assertThat(ArgMax.of(new double[] {7, 7, 7})).isEqualTo(0);
    }

    @Test
    void floatRowsAreReadFromTheirOffset() {
        float[] rows = {9, 1, 3, 3, 2};
        assertThat(ArgMax.of(rows, 1, 4)).isEqualTo(1);
        assertThat(ArgMax.of(rows, 0, 5)).isZero();
        assertThat(ArgMax.of(new float[] {0, 0}, 0, 2)).isZero();
    }
}
