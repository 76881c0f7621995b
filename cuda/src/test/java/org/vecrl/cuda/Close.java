package org.vecrl.cuda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

/** Float-tolerance comparisons and seeded inputs for the GPU-versus-simd tests. */
final class Close {

    private Close() {}

    /** Asserts |actual - expected| <= tolerance · max(1, |expected|) entry by entry. */
    static void assertClose(String what, float[] actual, float[] expected, double tolerance) {
        assertThat(actual).as(what + " length").hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            double bound = tolerance * Math.max(1, Math.abs(expected[i]));
            assertThat(Math.abs((double) actual[i] - expected[i]))
                    .as("%s[%d]: %s vs simd %s", what, i, actual[i], expected[i])
                    .isLessThanOrEqualTo(bound);
        }
    }

    /** {@code n} floats uniform in [-scale, scale), seeded. */
    static float[] uniform(int n, double scale, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) rng.nextDouble(-scale, scale);
        }
        return x;
    }
}
