package org.vecrl.core.envs.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Step;

/** Expected values computed independently from Gymnasium's formulas with Python floats. */
class CartPoleTest {
    private static final double EPS = 1e-12;

    private static CartPole at(double... state) {
        CartPole env = new CartPole();
        env.setState(state);
        return env;
    }

    @Test
    void pushRightFromSetState() {
        CartPole env = at(0.01, -0.02, 0.03, 0.04);
        Step<float[]> s = env.step(1);
        double[] expected = {0.009600000000000001, 0.17467919574755525, 0.030799999999999998, -0.2430687179600081};
        assertState(env.getState(), expected);
        assertThat(s.obs())
                .containsExactly((float) expected[0], (float) expected[1], (float) expected[2], (float) expected[3]);
        assertThat(s.reward()).isEqualTo(1.0);
        assertThat(s.terminated()).isFalse();
        assertThat(s.truncated()).isFalse();
    }

    @Test
    void pushLeftFromSetState() {
        CartPole env = at(0.01, -0.02, 0.03, 0.04);
        env.step(0);
        assertState(
                env.getState(),
                new double[] {0.009600000000000001, -0.21553901710278936, 0.030799999999999998, 0.34199522377603914});
    }

    @Test
    void terminatesBeyondCartPositionThreshold() {
        CartPole env = at(2.39, 1.0, 0.0, 0.0);
        Step<float[]> s = env.step(1);
        assertThat(env.getState()[0]).isCloseTo(2.41, within(EPS));
        assertThat(s.terminated()).isTrue();
        assertThat(s.reward()).as("reward includes the terminating step").isEqualTo(1.0);
    }

    @Test
    void terminatesBeyondTwelveDegrees() {
        assertThat(CartPolePhysics.THETA_THRESHOLD_RADIANS).isEqualTo(0.20943951023931953);
        assertThat(at(0.0, 0.0, 0.2094, 0.1).step(1).terminated())
                .as("theta 0.2114")
                .isTrue();
        assertThat(at(0.0, 0.0, 0.2, 0.1).step(1).terminated())
                .as("theta 0.202")
                .isFalse();
        assertThat(at(0.0, 0.0, -0.2094, -0.1).step(0).terminated())
                .as("theta -0.2114")
                .isTrue();
    }

    @Test
    void stepsAfterTerminationEarnNothing() {
        CartPole env = at(2.39, 1.0, 0.0, 0.0);
        env.step(1);
        Step<float[]> after = env.step(1);
        assertThat(after.terminated()).isTrue();
        assertThat(after.reward()).isEqualTo(0.0);
    }

    @Test
    void suttonBartoRewardIsZeroThenMinusOne() {
        CartPole env = new CartPole(null, true);
        env.setState(new double[] {0.0, 0.0, 0.0, 0.0});
        assertThat(env.step(1).reward()).isEqualTo(0.0);
        env.setState(new double[] {2.39, 1.0, 0.0, 0.0});
        assertThat(env.step(1).reward()).isEqualTo(-1.0);
    }

    @Test
    void resetDrawsEachVariableWithinFivePercent() {
        CartPole env = new CartPole();
        double[] max = new double[4];
        for (long seed = 0; seed < 200; seed++) {
            float[] obs = env.reset(seed).obs();
            for (int k = 0; k < 4; k++) {
                assertThat(obs[k]).isBetween(-0.05f, 0.05f);
                max[k] = Math.max(max[k], Math.abs(obs[k]));
            }
        }
        for (double m : max) {
            assertThat(m).isGreaterThan(0.045);
        }
    }

    @Test
    void resetOptionsChangeTheRange() {
        CartPole env = new CartPole();
        float[] obs = env.reset(3L, Map.of("low", 0, "high", 1)).obs();
        for (float v : obs) {
            assertThat(v).isBetween(0f, 1f);
        }
        assertThat(obs[0] + obs[1] + obs[2] + obs[3]).isGreaterThan(0.2f);
        assertThatThrownBy(() -> env.reset(3L, Map.of("low", 1.0, "high", 0.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("low=1.0, high=0.0");
    }

    @Test
    void spacesMatchGymnasium() {
        CartPole env = new CartPole();
        assertThat(env.actionSpace()).hasToString("Discrete(2)");
        assertThat(env.observationSpace())
                .hasToString("Box([-4.8, -3.4028235E38, -0.41887903, -3.4028235E38], "
                        + "[4.8, 3.4028235E38, 0.41887903, 3.4028235E38], (4,), float32)");
    }

    private static void assertState(double[] actual, double[] expected) {
        assertThat(actual).hasSize(expected.length);
        for (int k = 0; k < expected.length; k++) {
            assertThat(actual[k]).as("state[%d]", k).isCloseTo(expected[k], within(EPS));
        }
    }
}
