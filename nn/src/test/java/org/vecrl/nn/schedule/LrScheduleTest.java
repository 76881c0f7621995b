package org.vecrl.nn.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vecrl.nn.Engine;
import org.vecrl.nn.Networks;
import org.vecrl.nn.Optimizer;
import org.vecrl.nn.Optimizers;

class LrScheduleTest {

    private static Optimizer optimizer() {
        return Optimizers.adam(List.of(Networks.mlp(Networks.criticSpec(2), Engine.SIMD, 0)), 1, 0.9, 0.999, 1e-5,
                0.01, 0);
    }

    @Test
    void ppoSchedulerAfterOneStepOfFourFromPoint1ToPoint5IsPoint2() {
        Optimizer opt = optimizer();
        LrScheduler scheduler = new LrScheduler(opt, LrSchedule.linear(0.1, 0.5, 4));
        assertThat(opt.learningRate()).isCloseTo(0.1, within(1e-12));
        scheduler.step();
        assertThat(scheduler.steps()).isEqualTo(1);
        assertThat(opt.learningRate()).isCloseTo(0.2, within(1e-5));
    }

    @Test
    void linearDecayReachesZeroAfterTheLastPhaseAndRefusesMore() {
        Optimizer opt = optimizer();
        LrScheduler scheduler = new LrScheduler(opt, LrSchedule.linear(2.5e-4, 0, 4));
        double[] seen = new double[4];
        for (int k = 0; k < 4; k++) {
            seen[k] = opt.learningRate();
            scheduler.step();
        }
        assertThat(seen).containsExactly(new double[] {2.5e-4, 1.875e-4, 1.25e-4, 0.625e-4}, within(1e-15));
        assertThat(opt.learningRate()).isZero();
        assertThatThrownBy(scheduler::step).hasMessageContaining("step 5 is outside [0, 4]");
        assertThat(scheduler.steps()).isEqualTo(4);
    }

    @Test
    void warmupRisesThenDecays() {
        LrSchedule s = LrSchedule.warmupLinearDecay(1.0, 2, 6);
        assertThat(new double[] {s.valueAt(0), s.valueAt(1), s.valueAt(2), s.valueAt(4), s.valueAt(6)})
                .containsExactly(0, 0.5, 1.0, 0.5, 0);
        assertThat(LrSchedule.constant(0.3).valueAt(1000)).isEqualTo(0.3);
        assertThatThrownBy(() -> LrSchedule.warmupLinearDecay(1, 6, 6)).hasMessageContaining("warmup=6");
    }

    @Test
    void restoreResumesTheCount() {
        Optimizer opt = optimizer();
        LrScheduler scheduler = new LrScheduler(opt, LrSchedule.linear(1, 0, 10));
        scheduler.restore(7);
        assertThat(opt.learningRate()).isCloseTo(0.3, within(1e-12));
        scheduler.step();
        assertThat(scheduler.steps()).isEqualTo(8);
        assertThat(opt.learningRate()).isCloseTo(0.2, within(1e-12));
    }
}
