package org.vecrl.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.ToDoubleFunction;

/** Central finite differences for checking hand-written gradients in tests. */
public final class FiniteDifferences {

    private FiniteDifferences() {}

    /** The numerical gradient of {@code f} at {@code x} (x is restored afterwards). */
    public static double[] gradient(ToDoubleFunction<float[]> f, float[] x, double h) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            float saved = x[i];
            x[i] = (float) (saved + h);
            double plus = f.applyAsDouble(x);
            x[i] = (float) (saved - h);
            double minus = f.applyAsDouble(x);
            x[i] = saved;
            g[i] = (plus - minus) / (2 * h);
        }
        return g;
    }

    /** Asserts |numeric - analytic| ≤ atol + rtol |numeric| entrywise, and that the gradient is not all zero. */
    public static void assertClose(double[] numeric, float[] analytic, double atol, double rtol) {
        assertThat(analytic).hasSize(numeric.length);
        double maxAbs = 0;
        for (int i = 0; i < numeric.length; i++) {
            assertThat((double) analytic[i])
                    .as("gradient entry %d", i)
                    .isCloseTo(numeric[i], within(atol + rtol * Math.abs(numeric[i])));
            maxAbs = Math.max(maxAbs, Math.abs(analytic[i]));
        }
        assertThat(maxAbs).as("largest gradient entry").isGreaterThan(10 * atol);
    }
}
