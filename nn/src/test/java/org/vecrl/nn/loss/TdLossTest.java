package org.vecrl.nn.loss;

import static org.assertj.core.api.Assertions.assertThat;
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
}
