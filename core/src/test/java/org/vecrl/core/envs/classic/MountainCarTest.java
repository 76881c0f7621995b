package org.vecrl.core.envs.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Step;

/** Both mountain cars; expected values computed independently from Gymnasium's formulas with Python floats. */
class MountainCarTest {
    private static final double EPS = 1e-15;

    private static MountainCar car(double... state) {
        MountainCar env = new MountainCar();
        env.setState(state);
        return env;
    }

    private static MountainCarContinuous continuousCar(double... state) {
        MountainCarContinuous env = new MountainCarContinuous();
        env.setState(state);
        return env;
    }

    @Test
    void velocityIsClippedToMaxSpeed() {
        MountainCar env = car(-0.5, 0.07);
        Step<float[]> s = env.step(2);
        assertThat(env.getState()[1]).isEqualTo(0.07);
        assertThat(env.getState()[0]).isCloseTo(-0.43, within(EPS));
        assertThat(s.reward()).isEqualTo(-1.0);
        assertThat(s.terminated()).isFalse();
    }

    @Test
    void leftWallStopsTheCar() {
        MountainCar env = car(-1.19, -0.05);
        env.step(0);
        assertThat(env.getState()).containsExactly(-1.2, 0.0);
    }

    @Test
    void reachingTheFlagTerminates() {
        MountainCar env = car(0.49, 0.02);
        Step<float[]> s = env.step(1);
        assertThat(env.getState()[0]).isCloseTo(0.5097484356665327, within(EPS));
        assertThat(env.getState()[1]).isCloseTo(0.01974843566653267, within(EPS));
        assertThat(s.terminated()).isTrue();
        assertThat(s.reward()).isEqualTo(-1.0);
    }

    @Test
    void goalVelocityKwargIsRequiredAtTheFlag() {
        MountainCar env = new MountainCar(null, 0.05);
        env.setState(new double[] {0.49, 0.02});
        assertThat(env.step(1).terminated()).isFalse();
    }

    @Test
    void continuousGoalPaysHundredMinusActionCost() {
        MountainCarContinuous env = continuousCar(0.44, 0.03);
        Step<float[]> s = env.step(new float[] {0.5f});
        assertThat(env.getState()).containsExactly(0.4701295495033264, 0.030129561200737953);
        assertThat(s.terminated()).isTrue();
        assertThat(s.reward()).isEqualTo(99.975);
    }

    @Test
    void continuousForceIsClippedButCostUsesTheRawAction() {
        MountainCarContinuous env = continuousCar(-0.3, -0.01);
        Step<float[]> s = env.step(new float[] {-1.7f});
        assertThat(env.getState()).containsExactly(-0.31305402517318726, -0.01305402535945177);
        assertThat(s.reward()).isCloseTo(-0.28900001621246363, within(1e-15));
        assertThat(s.terminated()).isFalse();
    }

    @Test
    void resetPutsTheCarInTheValleyAtRest() {
        MountainCar env = new MountainCar();
        for (long seed = 0; seed < 50; seed++) {
            float[] obs = env.reset(seed).obs();
            assertThat(obs[0]).isBetween(-0.6f, -0.4f);
            assertThat(obs[1]).isEqualTo(0f);
        }
    }

    @Test
    void spacesMatchGymnasium() {
        assertThat(new MountainCar().actionSpace()).hasToString("Discrete(3)");
        assertThat(new MountainCar().observationSpace()).hasToString("Box([-1.2, -0.07], [0.6, 0.07], (2,), float32)");
        assertThat(new MountainCarContinuous().actionSpace()).hasToString("Box(-1.0, 1.0, (1,), float32)");
    }
}
