package org.vecrl.nn.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.vecrl.nn.FiniteDifferences;

class TdLossTest {

    @Test
    void mseValueAndGradient() {
        float[] grad = new float[2];
        double loss = TdLoss.mse(new float[] {1, 3}, new float[] {0, 5}, 2, grad);
        assertThat(loss).isCloseTo(2.5, within(1e-12));
        assertThat(grad).containsExactly(1f, -2f);
    }

    @Test
    void huberIsQuadraticInsideDeltaAndLinearOutside() {
        float[] grad = new float[2];
        double loss = TdLoss.huber(new float[] {0.5f, 3}, new float[] {0, 0}, 2, 1.0, grad);
        assertThat(loss).isCloseTo((0.125 + 2.5) / 2, within(1e-12));
        assertThat(grad).containsExactly(0.25f, 0.5f);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        float[] pred = {0.3f, -2.2f, 1.7f, 0.05f};
        float[] target = {0.1f, 0.4f, -1.5f, 0.0f};
        float[] g = new float[4];
        TdLoss.huber(pred, target, 4, 1.0, g);
        FiniteDifferences.assertClose(
                FiniteDifferences.gradient(p -> TdLoss.huber(p, target, 4, 1.0, null), pred, 1e-3), g, 1e-4, 1e-3);
        float[] gm = new float[4];
        TdLoss.mse(pred, target, 4, gm);
        FiniteDifferences.assertClose(
                FiniteDifferences.gradient(p -> TdLoss.mse(p, target, 4, null), pred, 1e-3), gm, 1e-4, 1e-3);
    }

    @Test
    void weightsScaleEachSamplesPenaltyAndGradientAndNullMeansOne() {
        float[] pred = {0.3f, -2.2f, 4.7f};
        float[] target = {0.1f, 0.4f, -1.5f};
        float[] weights = {0.5f, 2f, 0.25f};
        float[] weighted = new float[3];
        double loss = TdLoss.huber(pred, target, weights, 3, 2.0, weighted);
        double expected = 0;
        for (int i = 0; i < 3; i++) {
            float[] g = new float[1];
            // one sample alone, as a batch of 1, is n = 3 times its share of the batch mean
            expected += weights[i] * TdLoss.huber(new float[] {pred[i]}, new float[] {target[i]}, 1, 2.0, g) / 3;
            assertThat(weighted[i]).isCloseTo(weights[i] * g[0] / 3, within(1e-6f));
        }
        assertThat(loss).isCloseTo(expected, within(1e-12));
        float[] a = new float[3];
        float[] b = new float[3];
        assertThat(TdLoss.mse(pred, target, null, 3, a)).isEqualTo(TdLoss.mse(pred, target, 3, b));
        assertThat(a).containsExactly(b);
        assertThatThrownBy(() -> TdLoss.mse(pred, target, new float[2], 3, null))
                .hasMessageContaining("array of length 2: expected at least n=3");
    }
}
