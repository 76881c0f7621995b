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
        double[] expected = {0.08773004905771094, -0.2124800354849457, -0.4185369495826184, 0.27398208184383355};
        assertState(env.getState(), expected);
        assertThat(s.obs()).containsExactly((float) Math.cos(expected[0]), (float) Math.sin(expected[0]),
                (float) Math.cos(expected[1]), (float) Math.sin(expected[1]), (float) expected[2], (float) expected[3]);
        assertThat(s.reward()).isEqualTo(-1.0);
        assertThat(s.terminated()).isFalse();
    }

    @Test
    void anglesWrapIntoMinusPiPi() {
        Acrobot env = at(3.1, 3.0, 3.0, 5.0);
        env.step(2);
        assertState(env.getState(), new double[] {-2.644955796352121, -2.255062325467021, 1.9783275989776217, 5.418190554204977});
    }

    @Test
    void velocitiesAreBounded() {
        Acrobot env = at(0.0, 0.0, 12.5, 28.0);
        env.step(2);
        assertState(env.getState(), new double[] {-0.508372412222931, -2.728740950428072, 5.482288767708815, 9 * Math.PI});
    }

    @Test
    void reachingTheBarTerminatesWithRewardZero() {
        Acrobot env = at(3.0, 0.1, 0.0, 0.0);
        Step<float[]> s = env.step(1);
        assertState(env.getState(), new double[] {2.9646355150901353, 0.12481898638110711, -0.3667825891457519, 0.25722577006485525});
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
        assertThat(env.observationSpace()).hasToString(
                "Box([-1.0, -1.0, -1.0, -1.0, -12.566371, -28.274334], [1.0, 1.0, 1.0, 1.0, 12.566371, 28.274334], (6,), float32)");
    }

    private static void assertState(double[] actual, double[] expected) {
        for (int k = 0; k < expected.length; k++) {
            assertThat(actual[k]).as("state[%d]", k).isCloseTo(expected[k], within(EPS));
        }
    }
}
