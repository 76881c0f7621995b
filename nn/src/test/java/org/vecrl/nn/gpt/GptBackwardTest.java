package org.vecrl.nn.gpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GptBackwardTest {
    private static float[] gaussians(SplittableRandom rng, int n, double mean, double std) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (mean + std * rng.nextGaussian());
        }
        return x;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }

    /** The loss Σ dy·LayerNorm(x; w, b) over 2 rows of width 5. */
    private static double layerNormLoss(float[] x, float[] w, float[] b, float[] dy) {
        float[] y = new float[x.length];
        GptKernels.layerNorm(x, y, 2, 5, w, b, 1e-5);
        return dot(y, dy);
    }

    private static void assertMatches(float[] p, float[] grad, java.util.function.DoubleSupplier loss) {
        float h = 1e-3f;
        for (int i = 0; i < p.length; i++) {
            float saved = p[i];
            p[i] = saved + h;
            double up = loss.getAsDouble();
            p[i] = saved - h;
            double down = loss.getAsDouble();
            p[i] = saved;
            double numeric = (up - down) / (2 * h);
            assertThat((double) grad[i]).as("index " + i).isCloseTo(numeric, within(1e-2 * Math.abs(numeric) + 1e-3));
        }
    }

    @Test
    void layerNormBackwardMatchesFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(1);
        float[] x = gaussians(rng, 10, 0.5, 1.0);
        float[] w = gaussians(rng, 5, 1.0, 0.3);
        float[] b = gaussians(rng, 5, 0.0, 0.3);
        float[] dy = gaussians(rng, 10, 0.0, 1.0);
        float[] y = new float[10];
        float[] means = new float[2];
        float[] rstds = new float[2];
        GptKernels.layerNorm(x, y, 2, 5, w, b, 1e-5, means, rstds);
        float[] dx = new float[10];
        float[] dw = new float[5];
        float[] db = new float[5];
        GptBackward.layerNorm(dx, dw, db, dy, x, w, means, rstds, 2, 5);
        assertMatches(x, dx, () -> layerNormLoss(x, w, b, dy));
        assertMatches(w, dw, () -> layerNormLoss(x, w, b, dy));
        assertMatches(b, db, () -> layerNormLoss(x, w, b, dy));
    }

    @Test
    void geluBackwardMatchesFiniteDifferences() {
        float[] x = {-3f, -1.2f, -0.3f, 0f, 0.4f, 1.1f, 2.5f};
        float[] dy = {1f, 1f, 1f, 1f, 1f, 1f, 1f};
        float[] dx = new float[x.length];
        GptBackward.gelu(dx, dy, x, x.length);
        assertMatches(x, dx, () -> {
            float[] y = x.clone();
            GptKernels.gelu(y, y.length);
            return dot(y, dy);
        });
        // gelu'(0) = 1/2 exactly.
        assertThat(dx[3]).isEqualTo(0.5f);
    }

    @Test
    void crossEntropyGradientIsSoftmaxMinusOneHot() {
        float[] logits = {0.3f, -1.2f, 2.0f, 0.7f};
        int target = 1;
        float[] probs = logits.clone();
        double loss = GptKernels.softmaxCrossEntropy(probs, 0, 4, target);
        assertThat(loss).isCloseTo(-Math.log(probs[target]), within(1e-6));
        float[] grad = probs.clone();
        grad[target] -= 1f;
        assertMatches(logits, grad, () -> GptKernels.softmaxCrossEntropy(logits.clone(), 0, 4, target));
    }
}
