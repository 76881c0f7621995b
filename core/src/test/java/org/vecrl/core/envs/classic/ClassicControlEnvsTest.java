package org.vecrl.core.envs.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.EnvSpec;
import org.vecrl.core.env.Envs;
import org.vecrl.core.vector.AutoresetMode;
import org.vecrl.core.vector.VectorEnv;

class ClassicControlEnvsTest {

    @Test
    void registersGymnasiumLimitsAndThresholds() {
        assertSpec("CartPole-v0", 200, 195.0, Map.of("sutton_barto_reward", false));
        assertSpec("CartPole-v1", 500, 475.0, Map.of("sutton_barto_reward", false));
        assertSpec("Acrobot-v1", 500, -100.0, Map.of());
        assertSpec("MountainCar-v0", 200, -110.0, Map.of("goal_velocity", 0.0));
        assertSpec("MountainCarContinuous-v0", 999, 90.0, Map.of("goal_velocity", 0.0));
        assertSpec("Pendulum-v1", 200, null, Map.of("g", 10.0));
    }

    private static void assertSpec(String id, int maxSteps, Double threshold, Map<String, Object> kwargs) {
        EnvSpec spec = Envs.spec(id);
        assertThat(spec.maxEpisodeSteps()).as(id).isEqualTo(maxSteps);
        assertThat(spec.rewardThreshold()).as(id).isEqualTo(threshold);
        assertThat(spec.kwargs()).as(id).isEqualTo(kwargs);
        assertThat(spec.vectorEntryPoint()).as(id).isNotNull();
    }

    @Test
    void makeWrapsTheEnvInTheUsualChain() {
        assertThat(Envs.make("CartPole-v1"))
                .hasToString("TimeLimit<OrderEnforcing<PassiveEnvChecker<CartPole<CartPole-v1>>>>");
    }

    @Test
    void kwargsReachTheEnvironment() {
        Pendulum p = (Pendulum) Envs.make("Pendulum-v1", Map.of("g", 2.0)).unwrapped();
        p.setState(new double[] {0.5, 0.0});
        p.step(new float[] {0f});
        assertThat(p.getState()[1]).isEqualTo((3 * 2.0 / 2 * Math.sin(0.5)) * 0.05);
        CartPole c = (CartPole)
                Envs.make("CartPole-v0", Map.of("sutton_barto_reward", true)).unwrapped();
        c.setState(new double[4]);
        assertThat(c.step(0).reward()).isEqualTo(0.0);
    }

    @Test
    void badKwargsAreRejected() {
        assertThatThrownBy(() -> Envs.make("Pendulum-v1", Map.of("g", "heavy")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("g=heavy")
                .hasMessageContaining("expected a number");
        assertThatThrownBy(() -> Envs.make("CartPole-v1", Map.of("sutton_barto_reward", 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected true or false");
        assertThatThrownBy(() -> Envs.make("Acrobot-v1", Map.of("render_mode", "human")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("render_mode 'human'");
    }

    @Test
    void makeVecPicksTheNativeVersion() {
        try (VectorEnv cart = Envs.makeVec("CartPole-v1", 4, AutoresetMode.NEXT_STEP);
                VectorEnv car = Envs.makeVec("MountainCarContinuous-v0", 2)) {
            assertThat(cart).isInstanceOf(CartPoleVectorEnv.class);
            assertThat(cart).hasToString("CartPoleVectorEnv(4 envs, NEXT_STEP, maxEpisodeSteps=500)");
            assertThat(car).isInstanceOf(MountainCarVectorEnv.class);
            assertThat(car.actionDim()).isEqualTo(1);
            assertThat(car.singleActionSpace()).hasToString("Box(-1.0, 1.0, (1,), float32)");
        }
        assertThat(Envs.makeVec("Acrobot-v1", 1)).isInstanceOf(AcrobotVectorEnv.class);
        assertThat(Envs.makeVec("Pendulum-v1", 1)).isInstanceOf(PendulumVectorEnv.class);
        assertThat(Envs.makeVec("MountainCar-v0", 1)).isInstanceOf(MountainCarVectorEnv.class);
    }
}
