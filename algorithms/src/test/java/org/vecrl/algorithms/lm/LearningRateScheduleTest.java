package org.vecrl.algorithms.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.vecrl.algorithms.train.Defaults;

/** nanoGPT's get_lr, values printed by its Python code for the Shakespeare-char CPU configuration. */
class LearningRateScheduleTest {
    private final LearningRateSchedule lr = LearningRateSchedule.of(Defaults.of(PretrainConfig.class));

    @Test
    void warmUpIsLinearFromLrOverWarmupPlusOne() {
        assertThat(lr.at(0)).isEqualTo(9.900990099009901e-06);
        assertThat(lr.at(1)).isEqualTo(1.9801980198019803e-05);
        assertThat(lr.at(50)).isEqualTo(0.000504950495049505);
        assertThat(lr.at(99)).isEqualTo(0.0009900990099009901);
    }

    @Test
    void cosineDecaysToTheMinimumAtLrDecayItersAndStaysThere() {
        assertThat(lr.at(100)).isEqualTo(0.001);
        assertThat(lr.at(1050)).isEqualTo(0.00055);
        assertThat(lr.at(2000)).isEqualTo(0.0001);
        assertThat(lr.at(2001)).isEqualTo(0.0001);
        assertThat(lr.at(5000)).isEqualTo(0.0001);
        // Math.cos and C's cos may differ in the last bit.
        assertThat(lr.at(101)).isCloseTo(0.0009999993848585915, within(1e-18));
        assertThat(lr.at(575)).isCloseTo(0.0008681980515339464, within(1e-18));
        assertThat(lr.at(1999)).isCloseTo(0.00010000061514140841, within(1e-18));
    }

    @Test
    void theDecayMustEndAfterTheWarmUp() {
        assertThatThrownBy(() -> new LearningRateSchedule(1e-3, 1e-4, 100, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("warmup_iters=100, lr_decay_iters=100");
    }
}
