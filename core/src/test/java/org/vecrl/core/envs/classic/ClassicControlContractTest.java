package org.vecrl.core.envs.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Envs;
import org.vecrl.core.env.Seeding;
import org.vecrl.core.env.Step;
import org.vecrl.core.envs.PhysicsState;
import org.vecrl.core.spaces.Discrete;

/** Behaviour every classic-control environment shares, checked through the registry. */
class ClassicControlContractTest {

    @SuppressWarnings("unchecked")
    private static Env<float[], Object> make(String id, Map<String, Object> kwargs) {
        return (Env<float[], Object>) Envs.make(id, kwargs);
    }

    private static List<float[]> rollout(Env<float[], Object> env, long seed, int steps) {
        List<float[]> trace = new ArrayList<>();
        RandomGenerator actions = Seeding.generator(1234L);
        trace.add(env.reset(seed).obs());
        for (int t = 0; t < steps; t++) {
            Step<float[]> s = env.step(env.actionSpace().sample(actions));
            trace.add(s.obs());
            trace.add(new float[] {(float) s.reward()});
            if (s.done()) {
                trace.add(env.reset().obs());
            }
        }
        return trace;
    }

    @ParameterizedTest
    @ValueSource(strings = {"CartPole-v1", "Acrobot-v1", "MountainCar-v0", "MountainCarContinuous-v0", "Pendulum-v1"})
    void sameSeedSameTrajectoryOtherSeedOther(String id) {
        List<float[]> a = rollout(make(id, Map.of()), 5L, 60);
        List<float[]> b = rollout(make(id, Map.of()), 5L, 60);
        List<float[]> c = rollout(make(id, Map.of()), 6L, 60);
        assertThat(a).usingElementComparator(java.util.Arrays::compare).containsExactlyElementsOf(b);
        assertThat(a.get(0)).isNotEqualTo(c.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CartPole-v1", "Acrobot-v1", "MountainCar-v0", "MountainCarContinuous-v0", "Pendulum-v1"})
    void observationsStayInsideTheObservationSpace(String id) {
        Env<float[], Object> env = make(id, Map.of());
        for (float[] obs : rollout(env, 9L, 400)) {
            if (obs.length == env.observationSpace().flatDim()) {
                assertThat(env.observationSpace().contains(obs))
                        .as("%s in %s", java.util.Arrays.toString(obs), env.observationSpace())
                        .isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"CartPole-v1", "Acrobot-v1", "MountainCar-v0", "MountainCarContinuous-v0", "Pendulum-v1"})
    void rgbArrayRenderDrawsTheScene(String id) {
        Env<float[], Object> env = make(id, Map.of("render_mode", "rgb_array"));
        env.reset(3L);
        Object frame = env.render();
        assertThat(frame).isInstanceOf(BufferedImage.class);
        BufferedImage image = (BufferedImage) frame;
        int side = id.startsWith("CartPole") || id.startsWith("MountainCar") ? 600 : 500;
        assertThat(image.getWidth()).isEqualTo(side);
        assertThat(image.getHeight()).isEqualTo(side == 600 ? 400 : 500);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        int drawn = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                drawn += (image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
            }
        }
        assertThat(drawn).isGreaterThan(500);
        assertThat(env.renderModes()).containsExactly("rgb_array", "ansi");
        Env<float[], Object> plain = make(id, Map.of());
        plain.reset(3L);
        assertThat(plain.render()).as("no render mode").isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CartPole-v1", "Acrobot-v1", "MountainCar-v0", "MountainCarContinuous-v0", "Pendulum-v1"})
    void ansiRenderIsOneLineOfTheNamedState(String id) {
        Env<float[], Object> env = make(id, Map.of("render_mode", "ansi"));
        env.reset(3L);
        double[] state = ((PhysicsState) env.unwrapped()).getState();
        String line = (String) env.render();
        assertThat(line)
                .startsWith(env.unwrapped().getClass().getSimpleName() + " ")
                .endsWith("\n")
                .hasLineCount(1);
        String[] fields = line.strip().split(" ");
        assertThat(fields).hasSize(state.length + 1);
        for (int i = 0; i < state.length; i++) {
            assertThat(Double.parseDouble(fields[i + 1].substring(fields[i + 1].indexOf('=') + 1)))
                    .isCloseTo(state[i], within(5e-5));
        }
    }

    @Test
    void ansiRenderNamesGymnasiumsStateEntries() {
        Pendulum pendulum = new Pendulum("ansi", 10.0);
        pendulum.setState(new double[] {0.1, -0.25});
        assertThat(pendulum.render()).isEqualTo("Pendulum theta=0.1000 theta_dot=-0.2500\n");
        CartPole cartPole = new CartPole("ansi", false);
        cartPole.setState(new double[] {1, 2, 3, 4});
        assertThat(cartPole.render()).isEqualTo("CartPole x=1.0000 x_dot=2.0000 theta=3.0000 theta_dot=4.0000\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CartPole-v1", "Acrobot-v1", "MountainCar-v0"})
    void discreteActionsOutsideTheSpaceAreRejected(String id) {
        Env<float[], Object> env = make(id, Map.of());
        env.reset(0L);
        Discrete space = (Discrete) (Object) env.actionSpace();
        assertThatThrownBy(() -> env.step(space.n()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("action " + space.n())
                .hasMessageContaining("not in " + space);
        assertThatThrownBy(() -> env.step(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("action -1");
        assertThatThrownBy(() -> env.step(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("action null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MountainCarContinuous-v0", "Pendulum-v1"})
    void continuousActionsMustBeFiniteAndOfLengthOne(String id) {
        Env<float[], Object> env = make(id, Map.of());
        env.reset(0L);
        assertThatThrownBy(() -> env.step(new float[] {Float.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("action [NaN] is not finite");
        assertThatThrownBy(() -> env.step(new float[] {Float.POSITIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not finite");
        assertThatThrownBy(() -> env.step(new float[] {0f, 0f}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("action [0.0, 0.0]")
                .hasMessageContaining("expected 1 value(s)");
        assertThat(env.step(new float[] {5f}).obs())
                .as("out-of-range values are clipped")
                .hasSize(env.observationSpace().flatDim());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CartPole-v1", "Acrobot-v1", "MountainCar-v0", "MountainCarContinuous-v0", "Pendulum-v1"})
    void stateCanBeReadAndWrittenButNotBeforeReset(String id) {
        Env<float[], Object> env = make(id, Map.of()).unwrapped();
        PhysicsState physics = (PhysicsState) env;
        assertThatThrownBy(physics::getState)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reset()");
        assertThatThrownBy(() -> env.step(env.actionSpace().sample(Seeding.generator(0L))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("before reset()");
        env.reset(1L);
        double[] st = physics.getState();
        st[0] = 0.25;
        physics.setState(st);
        assertThat(physics.getState()).containsExactly(st);
        assertThatThrownBy(() -> physics.setState(new double[7]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected " + st.length + " values");
    }
}
