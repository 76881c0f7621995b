package org.vecrl.algorithms.dqn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vecrl.algorithms.train.Algorithms;
import org.vecrl.algorithms.train.Config;
import org.vecrl.nn.Engine;

class DqnHyperparametersTest {

    @Test
    void annotatedDefaultsAreThePreviousPositionalDefaults() {
        DqnHyperparameters previous = new DqnHyperparameters(
                new int[] {120, 84},
                Engine.SIMD,
                10_000,
                128,
                2.5e-4,
                0.01,
                1e-8,
                0,
                0.99,
                1.0,
                0.1,
                0.2,
                10_000,
                10,
                1,
                100,
                1.0,
                false,
                false,
                TdLoss.MSE,
                false,
                0.6,
                0.4,
                1e-6);
        assertThat(Config.toMap(DqnHyperparameters.defaults())).isEqualTo(Config.toMap(previous));
        assertThat(Config.toMap(Algorithms.get("dqn").defaults())).isEqualTo(Config.toMap(previous));
    }
}
