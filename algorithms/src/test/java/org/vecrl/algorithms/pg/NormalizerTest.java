package org.vecrl.algorithms.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.vecrl.core.wrappers.RunningMeanStd;

class NormalizerTest {

    @Test
    void runningStatisticsMergeBatchesLikeOnePass() {
        RunningMeanStd rms = new RunningMeanStd(1);
        rms.update(new float[] {1, 2, 3}, 3);
        rms.update(new float[] {4, 5}, 2);
        // data 1..5: mean 3, population variance 2 (the 1e-4 prior count shifts them by < 1e-4)
        assertThat(rms.mean(0)).isCloseTo(3, within(1e-3));
        assertThat(rms.var(0)).isCloseTo(2, within(1e-3));
        RunningMeanStd copy = new RunningMeanStd(1);
        copy.restore(rms.state());
        assertThat(copy.mean(0)).isEqualTo(rms.mean(0));
        assertThat(copy.var(0)).isEqualTo(rms.var(0));
    }

    @Test
    void observationsAreStandardisedAndClippedToTen() {
        ObservationNormalizer norm = new ObservationNormalizer(2);
        float[] obs = {0, 100, 2, 100, 4, 100};
        float[] out = new float[6];
        norm.updateAndNormalize(obs, 3, out);
        double sd = Math.sqrt(norm.stats().var(0) + 1e-8);
        assertThat((double) out[0]).isCloseTo((0 - norm.stats().mean(0)) / sd, within(1e-5));
        assertThat((double) out[4]).isCloseTo((4 - norm.stats().mean(0)) / sd, within(1e-5));
        // the constant feature has variance ~0: (100 − mean) / 1e-4 is clipped
        norm.normalize(new float[] {2, 200}, 1, out);
        assertThat(out[1]).isEqualTo(10f);
    }

    @Test
    void rewardsAreScaledByTheStdOfTheDiscountedReturnLikeGymnasium() {
        // Gymnasium: G ← G·γ·(1 − terminated) + r with the flag of the current step
        RewardNormalizer norm = new RewardNormalizer(1, 0.5);
        float[] out = new float[1];
        norm.normalize(new float[] {3}, new boolean[] {false}, out);
        assertThat(norm.returns()[0]).isEqualTo(3f);
        norm.normalize(new float[] {1}, new boolean[] {true}, out);
        assertThat(norm.returns()[0]).isEqualTo(1f);
        norm.normalize(new float[] {2}, new boolean[] {false}, out);
        assertThat(norm.returns()[0]).isEqualTo(2.5f);
        assertThat((double) out[0]).isCloseTo(2 / Math.sqrt(norm.stats().var(0) + 1e-8), within(1e-5));
    }
}
