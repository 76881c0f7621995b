package org.vecrl.core.wrappers.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vecrl.core.state.MapStateStore;
import org.vecrl.core.vector.AutoresetMode;
import org.vecrl.core.wrappers.RunningMeanStd;
import org.vecrl.core.wrappers.RunningNormalizer;

class NormalizeObservationTest {
    private static final int[] ACTIONS = {0, 0};
    private static final boolean[] NONE = {false, false};

    /**
     * Two envs with two-element observations: env 1 is truncated on step 2 (final {4, 14}), env 0
     * terminates on step 3 (final {3, 13}).
     */
    private static ScriptedVectorEnv script(AutoresetMode mode) {
        return new ScriptedVectorEnv(2, 2, mode, 0, 10, 2, 10)
                .then(new float[] {1, 11, 3, 12}, new float[2], NONE, NONE, null)
                .then(new float[] {2, 12, 0, 10}, new float[2], NONE, new boolean[] {false, true}, new float[] {
                    0, 0, 4, 14
                })
                .then(new float[] {0, 10, 1, 11}, new float[2], new boolean[] {true, false}, NONE, new float[] {
                    3, 13, 0, 0
                });
    }

    private static NormalizeObservation wrap(ScriptedVectorEnv env) {
        return new NormalizeObservation(env, new RunningNormalizer(2, 1e-8), 10);
    }

    /**
     * Golden values: clip((x − mean) / sqrt(var + 1e-8), ±10) computed with pg's former
     * ObservationNormalizer arithmetic, the statistics fed in the order reset batch, step 1's batch,
     * step 2's one final observation, step 2's batch, step 3's final, step 3's batch.
     */
    @Test
    void eachReturnedBatchUpdatesTheStatisticsFinalObservationsFirst() {
        NormalizeObservation env = wrap(script(AutoresetMode.SAME_STEP));
        env.reset(0L);
        assertThat(env.observations()).containsExactly(-0.999925f, 0.007035967f, 1.000025f, 0.007035967f);
        env.step(ACTIONS);
        assertThat(env.observations()).containsExactly(-0.44717112f, 0.30120158f, 1.3416475f, 1.5047141f);
        env.step(ACTIONS);
        assertThat(env.finalObservations()).containsExactly(-1.4141641f, -7.61242f, 1.4142206f, 1.7363529f);
        assertThat(env.observations()).containsExactly(0.20630038f, 0.51558435f, -1.2376785f, -0.92772603f);
        env.step(ACTIONS);
        assertThat(env.finalObservations()).containsExactly(0.8250385f, 1.060327f, -1.3750182f, -8.128293f);
        assertThat(env.observations()).containsExactly(-1.1795183f, -0.96585995f, -0.442312f, -0.22282617f);
        assertThat(env.statistics().state().toArray())
                .containsExactly(
                        1.5999840001599983, 11.299887001129987, 1.840017199572007, 1.8112687745433829, 10.0001);
        assertThat(env.wrapped().observations()).containsExactly(0, 10, 1, 11);
    }

    @Test
    void nextStepModeCountsOnlyTheReturnedObservations() {
        NormalizeObservation env = wrap(script(AutoresetMode.NEXT_STEP));
        env.reset(0L);
        env.step(ACTIONS);
        env.step(ACTIONS);
        assertThat(env.statistics().count()).isEqualTo(RunningMeanStd.INITIAL_COUNT + 6);
        assertThat(env.finalObservations()).isSameAs(env.observations());
    }

    @Test
    void aroundResetEnvCountsTheCurrentObservationsAndFrozenStatisticsStayPut() {
        ScriptedVectorEnv inner = script(AutoresetMode.SAME_STEP);
        inner.reset(0L);
        NormalizeObservation env = NormalizeObservation.aroundResetEnv(inner, new RunningNormalizer(2, 1e-8), 10);
        assertThat(env.observations()).containsExactly(-0.999925f, 0.007035967f, 1.000025f, 0.007035967f);
        env.setUpdating(false);
        env.step(ACTIONS);
        env.step(ACTIONS);
        assertThat(env.statistics().count()).isEqualTo(RunningMeanStd.INITIAL_COUNT + 2);
        float[] expected = new float[4];
        env.normalizer().normalize(new float[] {2, 12, 0, 10}, 2, 10, expected);
        assertThat(env.observations()).containsExactly(expected);
        // the frozen variance of the second element is ~0.005: (12 − 10) / 0.07 is clipped
        assertThat(env.observations()[1]).isEqualTo(10f);
    }

    @Test
    void resumesMidEpisodeBitIdentically() {
        ScriptedVectorEnv inner = script(AutoresetMode.SAME_STEP);
        NormalizeObservation original = wrap(inner);
        original.reset(0L);
        original.step(ACTIONS);
        original.step(ACTIONS);
        MapStateStore saved = new MapStateStore();
        inner.saveState(saved, "env.");
        original.saveState(saved, "obs_norm.");

        ScriptedVectorEnv freshInner = script(AutoresetMode.SAME_STEP);
        NormalizeObservation restored = wrap(freshInner);
        restored.reset(0L);
        freshInner.restoreState(saved, "env.");
        restored.restoreState(saved, "obs_norm.");
        assertThat(restored.observations()).containsExactly(original.observations());
        assertThat(restored.finalObservations()).containsExactly(original.finalObservations());
        assertThat(restored.statistics().state())
                .isEqualTo(original.statistics().state());
        original.step(ACTIONS);
        restored.step(ACTIONS);
        assertThat(restored.observations()).containsExactly(original.observations());
        assertThat(restored.finalObservations()).containsExactly(0.8250385f, 1.060327f, -1.3750182f, -8.128293f);
    }

    @Test
    void rejectsStatisticsOfAnotherSize() {
        assertThatThrownBy(() ->
                        new NormalizeObservation(script(AutoresetMode.SAME_STEP), new RunningNormalizer(3, 1e-8), 10))
                .hasMessage("statistics of size 3: expected the observation size 2");
    }
}
