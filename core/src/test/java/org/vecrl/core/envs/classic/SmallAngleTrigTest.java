package org.vecrl.core.envs.classic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SmallAngleTrigTest {

    @Test
    void equalsStrictMathBitForBitUpToPiOverFour() {
        SplittableRandom rng = new SplittableRandom(17);
        double[] special = {
            0.0,
            -0.0,
            1e-300,
            -0x1p-28,
            0x1p-27,
            0.29999999999999993,
            0.3,
            0.78125,
            0.7812500000000001,
            Math.PI / 4,
            -Math.PI / 4,
            CartPolePhysics.THETA_THRESHOLD_RADIANS
        };
        for (double x : special) {
            assertSame(x);
        }
        for (int k = 0; k < 200_000; k++) {
            assertSame((rng.nextDouble() * 2 - 1) * Math.PI / 4);
            assertSame((rng.nextDouble() * 2 - 1) * 0.3);
        }
    }

    @Test
    void largerArgumentsUseMath() {
        for (double x : new double[] {0.79, -1.0, 3.0, 100.0}) {
            assertThat(SmallAngleTrig.sin(x)).isEqualTo(Math.sin(x));
            assertThat(SmallAngleTrig.cos(x)).isEqualTo(Math.cos(x));
        }
        assertThat(SmallAngleTrig.sin(Double.NaN)).isNaN();
        assertThat(SmallAngleTrig.cos(Double.NaN)).isNaN();
    }

    private static void assertSame(double x) {
        assertThat(Double.doubleToRawLongBits(SmallAngleTrig.sin(x)))
                .as("sin(%s)", x)
                .isEqualTo(Double.doubleToRawLongBits(StrictMath.sin(x)));
        assertThat(Double.doubleToRawLongBits(SmallAngleTrig.cos(x)))
                .as("cos(%s)", x)
                .isEqualTo(Double.doubleToRawLongBits(StrictMath.cos(x)));
    }
}
