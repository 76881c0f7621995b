package org.vecrl.nn.simd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The SIMD kernels are reproducible by construction: tanh is a fixed rational formula (the vector
 * path and the scalar tail agree bit for bit, and stay within a few ulps of the exact tanh) and the
 * dot product sums its lanes in a documented order.
 */
class VectorKernelsTest {

    /** Every float step of 2^-12 over [-10, 10] and a geometric grid down to 1e-30 on both sides of 0. */
    private static float[] tanhGrid() {
        int dense = 2 * 10 * 4096 + 1;
        int geometric = 2 * 600;
        float[] xs = new float[dense + geometric + 5];
        int k = 0;
        for (int i = 0; i < dense; i++) {
            xs[k++] = -10f + i / 4096f;
        }
        for (int i = 0; i < geometric / 2; i++) {
            float x = (float) Math.pow(10, -30 + i * 0.05);
            xs[k++] = x;
            xs[k++] = -x;
        }
        xs[k++] = 7.90531110763549805f;
        xs[k++] = Math.nextUp(0.0004f);
        xs[k++] = Math.nextDown(0.0004f);
        xs[k++] = Float.MAX_VALUE;
        xs[k++] = -Float.MIN_VALUE;
        return xs;
    }

    @Test
    void tanhIsWithinAFewUlpsOfTheExactTanhAndKeepsItsSignAndRange() {
        double maxUlps = 0;
        double maxAbs = 0;
        for (float x : tanhGrid()) {
            float y = VectorKernels.tanh(x);
            double exact = StrictMath.tanh(x);
            double err = Math.abs(y - exact);
            maxAbs = Math.max(maxAbs, err);
            maxUlps = Math.max(maxUlps, err / Math.ulp((float) exact));
            assertThat(Math.abs(y)).as("|tanh(%s)|", x).isLessThanOrEqualTo(1f);
            assertThat(Math.signum(y)).as("sign of tanh(%s)", x).isEqualTo(Math.signum(x));
        }
        assertThat(maxUlps).as("measured 4.24").isLessThanOrEqualTo(5);
        assertThat(maxAbs).as("measured 2.53e-7").isLessThan(3e-7);
    }

    @Test
    void tanhOfSpecialValues() {
        assertThat(VectorKernels.tanh(0f)).isEqualTo(0f);
        assertThat(Float.floatToRawIntBits(VectorKernels.tanh(-0f))).isEqualTo(Float.floatToRawIntBits(-0f));
        assertThat(VectorKernels.tanh(3e-4f)).as("identity below 4e-4").isEqualTo(3e-4f);
        assertThat(VectorKernels.tanh(Float.POSITIVE_INFINITY)).isCloseTo(1f, within(3e-7f));
        assertThat(VectorKernels.tanh(Float.NEGATIVE_INFINITY)).isCloseTo(-1f, within(3e-7f));
        assertThat(VectorKernels.tanh(Float.NaN)).isNaN();
    }

    @Test
    void vectorTanhMatchesTheScalarFormulaBitForBitIncludingTheTail() {
        float[] xs = tanhGrid();
        int n = xs.length - 3; // not a multiple of any vector length: the last lanes take the scalar tail
        float[] ys = xs.clone();
        VectorKernels.tanh(ys, n);
        for (int i = 0; i < xs.length; i++) {
            float expected = i < n ? VectorKernels.tanh(xs[i]) : xs[i];
            assertThat(Float.floatToRawIntBits(ys[i]))
                    .as("tanh(%s) at %d", xs[i], i)
                    .isEqualTo(Float.floatToRawIntBits(expected));
        }
    }

    @Test
    void dotAccumulatesPerLaneThenSumsTheLanesInIndexOrderThenTheTail() {
        SplittableRandom rng = new SplittableRandom(3);
        int lanes = VectorKernels.LANES;
        float[] scratch = new float[lanes];
        for (int n : new int[] {1, lanes - 1, lanes, 3 * lanes + 5, 64, 67}) {
            float[] x = new float[n + 2];
            float[] y = new float[n + 3];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) (rng.nextGaussian() * Math.pow(10, rng.nextInt(-3, 4)));
            }
            for (int i = 0; i < y.length; i++) {
                y[i] = (float) rng.nextGaussian();
            }
            float dot = VectorKernels.dot(x, 2, y, 3, n, scratch);
            assertThat(Float.floatToRawIntBits(dot))
                    .as("dot of length %d", n)
                    .isEqualTo(Float.floatToRawIntBits(referenceDot(x, 2, y, 3, n, lanes)));
            double exact = 0;
            double magnitude = 0;
            for (int i = 0; i < n; i++) {
                exact += (double) x[2 + i] * y[3 + i];
                magnitude += Math.abs((double) x[2 + i] * y[3 + i]);
            }
            assertThat((double) dot).as("dot of length %d", n).isCloseTo(exact, within(2e-6 * magnitude));
        }
    }

    /** The documented order, written out lane by lane in scalar code. */
    private static float referenceDot(float[] x, int xo, float[] y, int yo, int n, int lanes) {
        int full = n >= lanes ? n - n % lanes : 0;
        float sum = 0f;
        if (full > 0) {
            float[] acc = new float[lanes];
            for (int i = 0; i < full; i += lanes) {
                for (int l = 0; l < lanes; l++) {
                    acc[l] = Math.fma(x[xo + i + l], y[yo + i + l], acc[l]);
                }
            }
            for (float a : acc) {
                sum += a;
            }
        }
        for (int i = full; i < n; i++) {
            sum = Math.fma(x[xo + i], y[yo + i], sum);
        }
        return sum;
    }
}
