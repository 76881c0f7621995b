package org.vecrl.core.envs.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Step;

/** Expected values computed independently from Gymnasium's acrobot.py (rk4, wrap, bound) with Python floats. */
class AcrobotTest {
    private static final double EPS = 1e-12;

    private static Acrobot at(double... state) {
        Acrobot env = new Acrobot();
        env.setState(state);
        return env;
    }

    @Test
    void oneRk4StepWithPositiveTorque() {
        Acrobot env = at(0.1, -0.2, 0.3, -0.4);
        Step<float[]> s = env.step(2);
        double[] expected = {0.1282116312891261, -0.211840321026976, -0.023484731535001357, 0.28679521459777013};
        assertState(env.getState(), expected);
        assertThat(s.obs())
                .containsExactly(
                        (float) Math.cos(expected[0]),
                        (float) Math.sin(expected[0]),
                        (float) Math.cos(expected[1]),
                        (float) Math.sin(expected[1]),
                        (float) expected[2],
                        (float) expected[3]);
        assertThat(s.reward()).isEqualTo(-1.0);
        assertThat(s.terminated()).isFalse();
    }

    @Test
    void anglesWrapIntoMinusPiPi() {
        Acrobot env = at(3.1, 3.0, 3.0, 5.0);
        env.step(2);
        assertState(
                env.getState(),
                new double[] {-2.6268208729265656, -2.2533274307579916, 2.239628560057627, 5.451731053419726});
    }

    @Test
    void velocitiesAreBounded() {
        Acrobot env = at(0.0, 0.0, 12.5, 28.0);
        env.step(2);
        assertState(
                env.getState(),
                new double[] {-2.1670403520433723, -2.2844715212555875, 4 * Math.PI, 24.14129592326819});
    }

    @Test
    void reachingTheBarTerminatesWithRewardZero() {
        Acrobot env = at(3.0, 0.1, 0.0, 0.0);
        Step<float[]> s = env.step(1);
        assertState(
                env.getState(),
                new double[] {2.9801010644913126, 0.12460838080578891, -0.20368049965045298, 0.25311378017408265});
        assertThat(s.terminated()).isTrue();
        assertThat(s.reward()).isEqualTo(0.0);
    }

    @Test
    void resetStateIsFloat32WithinTenthRadian() {
        Acrobot env = new Acrobot();
        env.reset(11L);
        for (double v : env.getState()) {
            assertThat(v).isBetween(-0.1, 0.1);
            assertThat((double) (float) v).isEqualTo(v);
        }
    }

    @Test
    void spacesMatchGymnasium() {
        Acrobot env = new Acrobot();
        assertThat(env.actionSpace()).hasToString("Discrete(3)");
        assertThat(env.observationSpace())
                .hasToString(
                        "Box([-1.0, -1.0, -1.0, -1.0, -12.566371, -28.274334], [1.0, 1.0, 1.0, 1.0, 12.566371, 28.274334], (6,), float32)");
    }

    private static void assertState(double[] actual, double[] expected) {
        for (int k = 0; k < expected.length; k++) {
            assertThat(actual[k]).as("state[%d]", k).isCloseTo(expected[k], within(EPS));
        }
    }
}
