package org.vecrl.core.envs.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Step;

/** Expected values computed independently from Gymnasium's pendulum.py with Python floats. */
class PendulumTest {
    private static final double EPS = 1e-12;

    private static Pendulum at(double... state) {
        Pendulum env = new Pendulum();
        env.setState(state);
        return env;
    }

    @Test
    void stepAndCost() {
        Pendulum env = at(0.5, -1.0);
        Step<float[]> s = env.step(new float[] {1.5f});
        assertThat(env.getState()[0]).isCloseTo(0.4792284576976576, within(EPS));
        assertThat(env.getState()[1]).isCloseTo(-0.41543084604684777, within(EPS));
        assertThat(s.reward()).isCloseTo(-0.35224999999999995, within(EPS));
        assertThat(s.obs())
                .containsExactly((float) Math.cos(0.4792284576976576), (float) Math.sin(0.4792284576976576), (float)
                        -0.41543084604684777);
        assertThat(s.terminated()).isFalse();
        assertThat(s.truncated()).isFalse();
    }

    @Test
    void torqueIsClippedAndAngleNormalizedInTheCost() {
        Pendulum env = at(4.0, 7.9);
        Step<float[]> s = env.step(new float[] {3.0f});
        assertThat(env.getState()[0]).isCloseTo(4.381619906425953, within(EPS));
        assertThat(env.getState()[1]).isCloseTo(7.632398128519054, within(EPS));
        assertThat(s.reward()).isCloseTo(-11.457935146920741, within(EPS));
    }

    @Test
    void speedIsClipped() {
        Pendulum env = at(1.0, 7.9);
        env.step(new float[] {2f});
        assertThat(env.getState()[1]).isEqualTo(8.0);
    }

    @Test
    void angleNormalizeUsesFlooredModulo() {
        assertThat(PendulumPhysics.angleNormalize(4.0)).isCloseTo(-2.2831853071795862, within(EPS));
        assertThat(PendulumPhysics.angleNormalize(-4.0)).isCloseTo(2.2831853071795862, within(EPS));
        assertThat(PendulumPhysics.angleNormalize(Math.PI)).isEqualTo(-Math.PI);
        assertThat(PendulumPhysics.angleNormalize(-Math.PI)).isEqualTo(-Math.PI);
    }

    @Test
    void gravityKwargChangesTheSwing() {
        Pendulum light = new Pendulum(null, 2.0);
        light.setState(new double[] {0.5, -1.0});
        light.step(new float[] {1.5f});
        assertThat(light.getState()[1]).isCloseTo(-1.0 + (3 * 2.0 / 2 * Math.sin(0.5) + 3.0 * 1.5) * 0.05, within(EPS));
    }

    @Test
    void resetUsesPiAndOneOrTheOptions() {
        Pendulum env = new Pendulum();
        double maxTheta = 0;
        for (long seed = 0; seed < 100; seed++) {
            env.reset(seed);
            double[] st = env.getState();
            assertThat(st[0]).isBetween(-Math.PI, Math.PI);
            assertThat(st[1]).isBetween(-1.0, 1.0);
            maxTheta = Math.max(maxTheta, Math.abs(st[0]));
        }
        assertThat(maxTheta).isGreaterThan(2.5);
        env.reset(1L, Map.of("x_init", 0.1, "y_init", 0.0));
        assertThat(env.getState()[0]).isBetween(-0.1, 0.1);
        assertThat(env.getState()[1]).isEqualTo(0.0);
    }

    @Test
    void spacesMatchGymnasium() {
        Pendulum env = new Pendulum();
        assertThat(env.actionSpace()).hasToString("Box(-2.0, 2.0, (1,), float32)");
        assertThat(env.observationSpace()).hasToString("Box([-1.0, -1.0, -8.0], [1.0, 1.0, 8.0], (3,), float32)");
    }
}
