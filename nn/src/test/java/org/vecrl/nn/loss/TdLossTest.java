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
        FiniteDifferences.assertClose(FiniteDifferences.gradient(p -> TdLoss.huber(p, target, 4, 1.0, null), pred, 1e-3),
                g, 1e-4, 1e-3);
        float[] gm = new float[4];
        TdLoss.mse(pred, target, 4, gm);
        FiniteDifferences.assertClose(FiniteDifferences.gradient(p -> TdLoss.mse(p, target, 4, null), pred, 1e-3),
                gm, 1e-4, 1e-3);
    }

    @Test
    void weightsScaleEachPenaltyAndGradientAndNullMeansOne() {
        float[] pred = {1f, 0f, 3f};
        float[] target = {0f, 0.5f, 0f};
        float[] weights = {1f, 0.5f, 0.25f};
        float[] grad = new float[3];
        assertThat(TdLoss.mse(pred, target, weights, 3, grad)).isCloseTo((1 + 0.5 * 0.25 + 0.25 * 9) / 3.0, within(1e-12));
        assertThat(grad).containsExactly(2f / 3, -1f / 6, 0.5f);
        float[] hg = new float[3];
        assertThat(TdLoss.huber(pred, target, weights, 3, 1.0, hg)).isCloseTo((0.5 + 0.5 * 0.125 + 0.25 * 2.5) / 3.0, within(1e-12));
        assertThat(hg).containsExactly(1f / 3, -1f / 12, 1f / 12);
        float[] a = new float[3];
        float[] b = new float[3];
        assertThat(TdLoss.huber(pred, target, null, 3, 1.0, a)).isEqualTo(TdLoss.huber(pred, target, 3, 1.0, b));
        assertThat(a).containsExactly(b);
        assertThatThrownBy(() -> TdLoss.mse(pred, target, new float[2], 3, null))
                .hasMessageContaining("array of length 2: expected at least n=3");
    }
}
