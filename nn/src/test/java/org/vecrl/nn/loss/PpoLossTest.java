package org.vecrl.nn.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.vecrl.nn.FiniteDifferences;

class PpoLossTest {

    private static float[] logs(double... p) {
        float[] out = new float[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = (float) Math.log(p[i]);
        }
        return out;
    }

    @Test
    void curriculumWorkedExampleGivesLClip014() {
        float[] adv = new float[4];
        PpoLoss.normalizeAdvantages(new float[] {1, -1, 2, 0.5f}, 4, 1e-8, adv);
        assertThat(adv).containsExactly(new float[] {0.3f, -1.3f, 1.1f, -0.1f}, within(1e-6f));
        float[] newLp = logs(0.5, 0.3, 0.9, 0.2);
        float[] oldLp = logs(0.4, 0.4, 0.6, 0.25);
        assertThat(PpoLoss.clippedSurrogate(newLp, oldLp, adv, 4, 0.2, null)).isCloseTo(0.14, within(1e-6));
        assertThat(PpoLoss.clipFraction(newLp, oldLp, 4, 0.21)).isEqualTo(0.75);
        double expectedKl =
                (0.25 - Math.log(1.25) - 0.25 - Math.log(0.75) + 0.5 - Math.log(1.5) - 0.2 - Math.log(0.8)) / 4;
        assertThat(PpoLoss.approxKl(newLp, oldLp, 4)).isCloseTo(expectedKl, within(1e-6));
    }

    @Test
    void surrogateGradientFlowsOnlyThroughTheUnclippedMinimum() {
        // ratio 1.5 with A > 0: clipped branch is the min, no gradient; with A < 0: unclipped, r A / n
        // ratio 1 (exact tie of both branches): the gradient is A / n once, not doubled
        float[] newLp = {(float) Math.log(1.5), (float) Math.log(1.5), 0};
        float[] oldLp = {0, 0, 0};
        float[] adv = {2, -2, 0.7f};
        float[] grad = new float[3];
        PpoLoss.clippedSurrogate(newLp, oldLp, adv, 3, 0.2, grad);
        assertThat(grad[0]).isZero();
        assertThat(grad[1]).isCloseTo(1.5f * -2 / 3, within(1e-6f));
        assertThat(grad[2]).isCloseTo(0.7f / 3, within(1e-7f));
    }

    @Test
    void surrogateGradientMatchesFiniteDifferencesAwayFromKinks() {
        float[] newLp = {-0.3f, -1.0f, -0.5f, -2.0f, -0.7f};
        float[] oldLp = {-0.35f, -0.6f, -0.9f, -2.02f, -0.65f};
        float[] adv = {0.8f, -1.2f, 0.4f, -0.3f, 1.1f};
        float[] grad = new float[5];
        PpoLoss.clippedSurrogate(newLp, oldLp, adv, 5, 0.2, grad);
        double[] numeric =
                FiniteDifferences.gradient(x -> PpoLoss.clippedSurrogate(x, oldLp, adv, 5, 0.2, null), newLp, 1e-3);
        FiniteDifferences.assertClose(numeric, grad, 1e-4, 1e-3);
    }

    @Test
    void valueLossHasNoHalfAndItsGradientMatches() {
        float[] values = {1, 2.5f, -0.5f};
        float[] returns = {0, 2, 0.5f};
        float[] grad = new float[3];
        assertThat(PpoLoss.valueLoss(values, returns, 3, 0.5, grad)).isCloseTo(0.5 * (1 + 0.25 + 1) / 3, within(1e-9));
        FiniteDifferences.assertClose(
                FiniteDifferences.gradient(v -> PpoLoss.valueLoss(v, returns, 3, 0.5, null), values, 1e-3),
                grad,
                1e-4,
                1e-3);
    }

    @Test
    void clippedValueLossTakesTheLargerErrorAndItsGradient() {
        // sample 0: v moved 1.0 from old 0 towards return 2, clip 0.2 -> v_c = 0.2, error (0.2-2)² > (1-2)²: clipped,
        // grad 0
        // sample 1: v moved 0.1 (inside the clip): both branches equal, gradient through unclipped 2(v - R)
        // sample 2: v moved away from the return beyond the clip: unclipped error larger
        float[] values = {1, 0.1f, -1};
        float[] old = {0, 0, 0};
        float[] returns = {2, 1, 1};
        float[] grad = new float[3];
        double loss = PpoLoss.clippedValueLoss(values, old, returns, 3, 0.2, 1.0, grad);
        assertThat(loss).isCloseTo((3.24 + 0.81 + 4) / 3, within(1e-6));
        assertThat(grad[0]).isZero();
        assertThat(grad[1]).isCloseTo(2 * (0.1f - 1) / 3, within(1e-6f));
        assertThat(grad[2]).isCloseTo(2 * (-1 - 1) / 3f, within(1e-6f));
    }

    @Test
    void entropyBonusIsTheScaledMean() {
        float[] grad = new float[2];
        assertThat(PpoLoss.entropyBonus(new float[] {0.6f, 0.2f}, 2, 0.01, grad))
                .isCloseTo(0.004, within(1e-9));
        assertThat(grad).containsExactly(0.005f, 0.005f);
    }
}
