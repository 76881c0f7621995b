package org.vecrl.algorithms.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdateControlTest {

    private static PpoHyperparameters withTargetKl(double targetKl) {
        return LearnerFixture.ppoWith(Map.of("learning_rate", 1e-2, "anneal_lr", false, "target_kl", targetKl));
    }

    @Test
    void targetKlStopsTheEpochsEarly() {
        PpoLearner stopped = LearnerFixture.ppo("CartPole-v1", 4, 5120, 1, withTargetKl(1e-12));
        stopped.iterate(LearnerFixture.metrics());
        assertThat(stopped.lastEpochs()).isEqualTo(1);
        PpoLearner full = LearnerFixture.ppo("CartPole-v1", 4, 5120, 1, withTargetKl(0));
        full.iterate(LearnerFixture.metrics());
        assertThat(full.lastEpochs()).isEqualTo(4);
    }

    @Test
    void explainedVariance() {
        float[] returns = {1, 2, 3, 4};
        assertThat(OnPolicyLearner.explainedVariance(returns, returns)).isEqualTo(1.0);
        assertThat(OnPolicyLearner.explainedVariance(new float[4], returns)).isCloseTo(0.0, within(1e-12));
        // residuals [1, 0, 1, 0] (variance 0.25) against returns of variance 1.25
        assertThat(OnPolicyLearner.explainedVariance(new float[] {0, 2, 2, 4}, returns))
                .isCloseTo(1 - 0.25 / 1.25, within(1e-12));
        assertThat(OnPolicyLearner.explainedVariance(new float[4], new float[] {2, 2, 2, 2}))
                .isZero();
    }
}
