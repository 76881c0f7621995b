package org.vecrl.core.envs.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.core.vector.AutoresetMode;
import org.vecrl.core.vector.VectorEnv;

/** Autoreset, seeding, validation and episode statistics of the native vector envs, through CartPole. */
class CartPoleVectorEnvTest {
    private static final int N = 4;

    /** Pushes every cart right until some sub-env ends; returns that sub-env's index. */
    private static int stepUntilAnEpisodeEnds(VectorEnv env) {
        int[] right = new int[N];
        Arrays.fill(right, 1);
        for (int t = 0; t < 100; t++) {
            env.step(right);
            for (int i = 0; i < N; i++) {
                if (env.terminated()[i] || env.truncated()[i]) {
                    return i;
                }
            }
        }
        throw new AssertionError("no episode ended in 100 steps");
    }

    @Test
    void subEnvIIsSeededWithSeedPlusI() {
        try (VectorEnv env = new CartPoleVectorEnv(N, 500, AutoresetMode.SAME_STEP, false)) {
            env.reset(10L);
            for (int i = 0; i < N; i++) {
                float[] single = new CartPole().reset(10L + i).obs();
                assertThat(Arrays.copyOfRange(env.observations(), 4 * i, 4 * i + 4))
                        .isEqualTo(single);
            }
            float[] first = env.observations().clone();
            env.reset(11L);
            assertThat(env.observations()).isNotEqualTo(first);
        }
    }

    @Test
    void sameStepResetsAtOnceAndKeepsTheFinalObservation() {
        try (CartPoleVectorEnv env = new CartPoleVectorEnv(N, 500, AutoresetMode.SAME_STEP, false)) {
            env.reset(3L);
            int i = stepUntilAnEpisodeEnds(env);
            float[] last = Arrays.copyOfRange(env.finalObservations(), 4 * i, 4 * i + 4);
            float[] current = Arrays.copyOfRange(env.observations(), 4 * i, 4 * i + 4);
            assertThat(env.terminated()[i]).isTrue();
            assertThat(Math.abs(last[2]) > 0.2094f || Math.abs(last[0]) > 2.4f)
                    .as("final obs is terminal")
                    .isTrue();
            for (float v : current) {
                assertThat(v).as("obs is the reset obs").isBetween(-0.05f, 0.05f);
            }
            Map<?, ?> episode = (Map<?, ?>) env.finalInfo(i).get("episode");
            assertThat((Double) episode.get("r")).isEqualTo(((Integer) episode.get("l")).doubleValue());
            assertThat(env.info(i)).isEmpty();
        }
    }

    @Test
    void nextStepReturnsTheResetObservationWithRewardZeroOnTheFollowingStep() {
        try (CartPoleVectorEnv a = new CartPoleVectorEnv(N, 500, AutoresetMode.NEXT_STEP, false);
                CartPoleVectorEnv b = new CartPoleVectorEnv(N, 500, AutoresetMode.NEXT_STEP, false)) {
            a.reset(3L);
            int i = stepUntilAnEpisodeEnds(a);
            assertThat(Arrays.copyOfRange(a.observations(), 4 * i, 4 * i + 4))
                    .as("the ending step returns the final observation")
                    .isEqualTo(Arrays.copyOfRange(a.finalObservations(), 4 * i, 4 * i + 4));
            b.reset(3L);
            stepUntilAnEpisodeEnds(b);
            int[] left = new int[N];
            int[] right = new int[N];
            Arrays.fill(right, 1);
            a.step(left);
            b.step(right);
            assertThat(a.rewards()[i]).isZero();
            assertThat(a.terminated()[i] || a.truncated()[i]).isFalse();
            assertThat(a.finalInfo(i)).isEmpty();
            float[] resetObs = Arrays.copyOfRange(a.observations(), 4 * i, 4 * i + 4);
            assertThat(resetObs)
                    .as("the action of a resetting sub-env is ignored")
                    .isEqualTo(Arrays.copyOfRange(b.observations(), 4 * i, 4 * i + 4));
            for (float v : resetObs) {
                assertThat(v).isBetween(-0.05f, 0.05f);
            }
        }
    }

    @Test
    void timeLimitTruncates() {
        try (CartPoleVectorEnv env = new CartPoleVectorEnv(1, 3, AutoresetMode.SAME_STEP, false)) {
            env.reset(0L);
            int[] alternate = {0};
            for (int t = 1; t <= 3; t++) {
                alternate[0] = t % 2;
                env.step(alternate);
                assertThat(env.truncated()[0]).isEqualTo(t == 3);
            }
            assertThat(env.finalInfo(0).get("episode")).asString().contains("l=3", "r=3.0");
        }
    }

    @Test
    void badActionsAreRejectedBeforeAnySubEnvMoves() {
        try (CartPoleVectorEnv env = new CartPoleVectorEnv(3, 500, AutoresetMode.SAME_STEP, false)) {
            assertThatThrownBy(() -> env.step(new int[3]))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("before reset()");
            env.reset(0L);
            float[] before = env.observations().clone();
            assertThatThrownBy(() -> env.step(new int[] {1, 2, 0}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("action 2 of sub-env 1 is not in Discrete(2)");
            assertThat(env.observations()).isEqualTo(before);
            assertThatThrownBy(() -> env.step(new int[2]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("actions array of length 2: expected 3");
            assertThatThrownBy(() -> env.step(new float[3]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("use step(int[])");
        }
    }

    @Test
    void continuousVectorEnvsRejectNonFiniteActions() {
        try (PendulumVectorEnv env = new PendulumVectorEnv(2, 200, AutoresetMode.SAME_STEP, 10.0)) {
            env.reset(0L);
            assertThatThrownBy(() -> env.step(new float[] {0f, Float.NaN}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("action value NaN of sub-env 1 is not finite");
            assertThatThrownBy(() -> env.step(new int[2]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("use step(float[])");
        }
    }
}
