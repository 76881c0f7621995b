package org.vecrl.nn.simd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vecrl.nn.simd.Sgemm.View;

class SgemmTest {

    /**
     * The contract: each element is the scalar fused multiply-add chain over p from 0, stored or added to
     * C ("store", "add"), or the chain from C's value ("onto").
     */
    private static float[] reference(int m, int n, int k, View a, View b, float[] c0, int ldc, String mode) {
        float[] c = c0.clone();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float s = mode.equals("onto") ? c[i * ldc + j] : 0f;
                for (int p = 0; p < k; p++) {
                    s = Math.fma(a.get(i, p), b.get(p, j), s);
                }
                c[i * ldc + j] = mode.equals("add") ? c[i * ldc + j] + s : s;
            }
        }
        return c;
    }

    private static float[] random(int size, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[size];
        for (int i = 0; i < size; i++) {
            x[i] = (float) (rng.nextDouble() * 2 - 1);
        }
        return x;
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1, 1, false, false, store",
        "4, 32, 8, false, false, store",
        "5, 33, 7, true, false, add",
        "13, 65, 128, false, true, store",
        "65, 128, 19, true, true, add",
        "64, 64, 32, false, true, add",
        "3, 17, 0, false, false, add",
        "200, 384, 128, false, false, store",
        "128, 512, 300, true, false, add",
        "300, 65, 128, false, true, add",
        "1, 1, 1, false, false, onto",
        "4, 64, 4, false, false, onto",
        "5, 33, 7, true, false, onto",
        "128, 2, 64, false, false, onto",
        "64, 64, 128, true, false, onto",
        "120, 84, 128, true, false, onto",
        "3, 17, 0, false, false, onto",
        "300, 65, 128, false, true, onto",
        "64, 64, 5000, true, false, store",
        "64, 33, 4700, true, false, onto",
        "9, 20, 4500, false, true, add",
        "64, 2, 128, true, false, onto",
        "64, 1, 5000, true, false, onto",
        "20, 2, 50, true, true, store",
        "33, 2, 70, true, false, add",
        "7, 2, 33, true, false, onto",
        "130, 1, 64, false, false, store",
        "129, 2, 64, false, false, onto",
        "13, 2, 9, false, true, add",
        "64, 64, 1500, true, false, onto",
        "70, 2, 1300, true, false, store",
        "300, 260, 600, false, false, onto"
    })
    void everyElementIsTheScalarFmaChainForEveryLayout(
            int m, int n, int k, boolean aTransposed, boolean bTransposed, String mode) {
        float[] ad = random(m * k + 3, 1);
        float[] bd = random(k * n + 5, 2);
        View a = aTransposed ? View.transposed(ad, 3, m) : View.rowMajor(ad, 3, k);
        View b = bTransposed ? View.transposed(bd, 5, k) : View.rowMajor(bd, 5, n);
        int ldc = n + 2;
        float[] c = random(m * ldc, 3);
        float[] expected = reference(m, n, k, a, b, c, ldc, mode);
        if (mode.equals("onto")) {
            Sgemm.multiplyOnto(m, n, k, a, b, c, 0, ldc);
        } else {
            Sgemm.multiply(m, n, k, a, b, c, 0, ldc, mode.equals("add"));
        }
        assertThat(c).containsExactly(expected);
    }

    @Test
    void stridedViewsReadTheRightElements() {
        // A is the middle 2 columns of a 3x4 row-major matrix; B is every other row of a 6x2 matrix.
        float[] ad = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        float[] bd = {1, 0, 9, 9, 0, 1, 9, 9, 2, 3, 9, 9};
        float[] c = new float[3 * 2];
        Sgemm.multiply(3, 2, 2, new View(ad, 1, 4, 1), new View(bd, 0, 4, 1), c, 0, 2, false);
        assertThat(c).containsExactly(2, 3, 6, 7, 10, 11);
    }

    @Test
    void theResultDoesNotDependOnTheOffsetOfC() {
        int m = 9;
        int n = 40;
        int k = 50;
        View a = View.rowMajor(random(m * k, 4), 0, k);
        View b = View.rowMajor(random(k * n, 5), 0, n);
        float[] c1 = new float[m * n];
        float[] c2 = new float[m * n + 7];
        Sgemm.multiply(m, n, k, a, b, c1, 0, n, false);
        Sgemm.multiply(m, n, k, a, b, c2, 7, n, false);
        for (int i = 0; i < m * n; i++) {
            assertThat(c2[7 + i]).isEqualTo(c1[i]);
        }
    }
}
