package org.vecrl.core.wrappers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.vecrl.core.spaces.Box;

class NormalizeWrappersTest {
    private static final float[] NOOP = {0f, 0f};

    private static double normalized(double x, MixtureMoments m) {
        return (x - m.mean()) / Math.sqrt(m.var() + 1e-8);
    }

    @Test
    void normalizeObservationUsesStatisticsThatIncludeTheCurrentObservation() {
        NormalizeObservation<float[]> env = new NormalizeObservation<>(new ScriptedEnv(100, 0));
        assertThat(env.observationSpace()).isEqualTo(new Box(Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, 2));
        float[] first = env.reset().obs();
        assertThat(first[0]).isCloseTo((float) normalized(0, MixtureMoments.of(0)), within(1e-6f));
        env.step(NOOP);
        float[] third = env.step(NOOP).obs();
        assertThat((double) third[0]).isCloseTo(normalized(2, MixtureMoments.of(0, 1, 2)), within(1e-6));
        assertThat((double) third[1]).isCloseTo(normalized(4, MixtureMoments.of(0, 2, 4)), within(1e-6));
        assertThat(env.statistics().count()).isCloseTo(3.0001, within(1e-12));
    }

    @Test
    void frozenStatisticsStayPutAndRestoredOnesGiveTheSameOutput() {
        NormalizeObservation<float[]> trained = new NormalizeObservation<>(new ScriptedEnv(100, 0));
        trained.reset();
        for (int i = 0; i < 5; i++) {
            trained.step(NOOP);
        }
        RunningMeanStd.State state = trained.state();
        trained.setUpdating(false);
        assertThat(trained.isUpdating()).isFalse();
        trained.reset();
        float[] frozen = trained.step(NOOP).obs();
        assertThat(trained.state()).isEqualTo(state);

        NormalizeObservation<float[]> evaluation = new NormalizeObservation<>(new ScriptedEnv(100, 0));
        evaluation.restore(state);
        evaluation.setUpdating(false);
        evaluation.reset();
        assertThat(evaluation.step(NOOP).obs()).containsExactly(frozen);
    }

    @Test
    void normalizeRewardDividesByTheStdOfTheDiscountedReturn() {
        NormalizeReward<float[], float[]> env = new NormalizeReward<>(new ScriptedEnv(3, 1, 2, 3), 0.5, 1e-8);
        env.reset();
        double r1 = env.step(NOOP).reward();
        double r2 = env.step(NOOP).reward();
        double r3 = env.step(NOOP).reward();
        env.reset();
        double r4 = env.step(NOOP).reward();
        // returns g: 1, 0.5*1+2 = 2.5, terminated step restarts: 3, next episode: 0.5*3+1 = 2.5
        assertThat(r1).isCloseTo(1 / Math.sqrt(MixtureMoments.of(1).var() + 1e-8), within(1e-9));
        assertThat(r2).isCloseTo(2 / Math.sqrt(MixtureMoments.of(1, 2.5).var() + 1e-8), within(1e-9));
        assertThat(r3).isCloseTo(3 / Math.sqrt(MixtureMoments.of(1, 2.5, 3).var() + 1e-8), within(1e-9));
        assertThat(r4).isCloseTo(1 / Math.sqrt(MixtureMoments.of(1, 2.5, 3, 2.5).var() + 1e-8), within(1e-9));
    }

    @Test
    void normalizeRewardCanBeFrozenAndRestored() {
        NormalizeReward<float[], float[]> env = new NormalizeReward<>(new ScriptedEnv(100, 1, 2, 3));
        env.reset();
        env.step(NOOP);
        env.step(NOOP);
        RunningMeanStd.State state = env.state();
        env.setUpdating(false);
        double scaled = env.step(NOOP).reward();
        assertThat(env.state()).isEqualTo(state);
        assertThat(scaled).isCloseTo(3 / Math.sqrt(state.var()[0] + 1e-8), within(1e-12));

        NormalizeReward<float[], float[]> restored = new NormalizeReward<>(new ScriptedEnv(100, 3));
        restored.restore(state);
        restored.setUpdating(false);
        restored.reset();
        assertThat(restored.step(NOOP).reward()).isEqualTo(scaled);
    }

    @Test
    void rejectsBadParameters() {
        assertThatThrownBy(() -> new NormalizeReward<>(new ScriptedEnv(1, 1), 1.5, 1e-8))
                .hasMessageContaining("gamma=1.5");
        assertThatThrownBy(() -> new NormalizeReward<>(new ScriptedEnv(1, 1), 0.9, 0))
                .hasMessageContaining("epsilon=0.0");
        assertThatThrownBy(() -> new NormalizeObservation<>(new ScriptedEnv(1, 1), -1))
                .hasMessageContaining("epsilon=-1.0");
    }
}
