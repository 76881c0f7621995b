package org.vecrl.core.envs.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Envs;
import org.vecrl.core.env.Step;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Discrete;

class ProbeEnvsTest {

    private static void assertTerminal(Step<float[]> s, float obs, double reward) {
        assertThat(s.obs()).containsExactly(obs);
        assertThat(s.reward()).isEqualTo(reward);
        assertThat(s.terminated()).isTrue();
        assertThat(s.truncated()).isTrue();
        assertThat(s.info()).isEmpty();
    }

    @Test
    void probe1GivesRewardOneInOneStep() {
        Probe1 env = new Probe1();
        assertThat(env.observationSpace()).isEqualTo(new Box(0f, 0f, 1));
        assertThat(env.actionSpace()).isEqualTo(new Discrete(1));
        assertThat(env.reset(0).obs()).containsExactly(0f);
        assertTerminal(env.step(0), 0f, 1.0);
    }

    @Test
    void probe2RewardsTheObservationDrawnFromTheEnvGenerator() {
        Probe2 env = new Probe2();
        assertThat(env.actionSpace()).isEqualTo(new Discrete(1));
        int positives = 0;
        for (long seed = 0; seed < 200; seed++) {
            float obs = env.reset(seed).obs()[0];
            assertThat(obs).isIn(-1f, 1f);
            positives += obs > 0 ? 1 : 0;
            assertTerminal(env.step(0), obs, obs);
            assertThat(env.reset(seed).obs()[0]).isEqualTo(obs);
        }
        assertThat(positives).isBetween(70, 130);
    }

    @Test
    void probe3TakesTwoStepsAndPaysAtTheEnd() {
        Probe3 env = new Probe3();
        assertThat(env.observationSpace()).isEqualTo(new Box(0f, 1f, 1));
        assertThat(env.reset(1).obs()).containsExactly(0f);
        Step<float[]> first = env.step(0);
        assertThat(first.obs()).containsExactly(1f);
        assertThat(first.reward()).isZero();
        assertThat(first.done()).isFalse();
        assertTerminal(env.step(0), 0f, 1.0);
        assertThat(env.reset().obs()).containsExactly(0f);
        assertThat(env.step(0).done()).isFalse();
    }

    @Test
    void probe4RewardsActionOne() {
        Probe4 env = new Probe4();
        assertThat(env.actionSpace()).isEqualTo(new Discrete(2));
        env.reset(0);
        assertTerminal(env.step(0), 0f, -1.0);
        env.reset();
        assertTerminal(env.step(1), 0f, 1.0);
    }

    @Test
    void probe5RewardsMatchingTheObservation() {
        Probe5 env = new Probe5();
        int ones = 0;
        for (long seed = 0; seed < 200; seed++) {
            float obs = env.reset(seed).obs()[0];
            assertThat(obs).isIn(0f, 1f);
            ones += (int) obs;
            for (int action = 0; action < 2; action++) {
                env.reset(seed);
                assertTerminal(env.step(action), obs, action == (int) obs ? 1.0 : -1.0);
            }
        }
        assertThat(ones).isBetween(70, 130);
    }

    @Test
    void continuousProbe4IsBestAtHalf() {
        ProbeContinuous4 env = new ProbeContinuous4();
        assertThat(env.actionSpace()).isEqualTo(new Box(-1f, 1f, 1));
        assertThat(env.reset(0).obs()).containsExactly(0f);
        assertTerminal(env.step(new float[] {0.5f}), 0f, 0.0);
        env.reset();
        assertTerminal(env.step(new float[] {0.25f}), 0f, -0.0625);
        env.reset();
        assertTerminal(env.step(new float[] {-1f}), 0f, -2.25);
    }

    @Test
    void continuousProbe5IsBestAtHalfTheObservation() {
        ProbeContinuous5 env = new ProbeContinuous5();
        assertThat(env.observationSpace()).isEqualTo(new Box(-1f, 1f, 1));
        int positives = 0;
        for (long seed = 0; seed < 200; seed++) {
            float obs = env.reset(seed).obs()[0];
            assertThat(obs).isIn(-1f, 1f);
            positives += obs > 0 ? 1 : 0;
            assertThat(env.target(obs)).isEqualTo(0.5 * obs);
            assertTerminal(env.step(new float[] {0.5f * obs}), obs, 0.0);
            env.reset(seed);
            assertTerminal(env.step(new float[] {0f}), obs, -0.25);
            env.reset(seed);
            assertTerminal(env.step(new float[] {-0.5f * obs}), obs, -1.0);
        }
        assertThat(positives).isBetween(70, 130);
    }

    @Test
    void actionsOutsideTheSpaceAreRejected() {
        Probe4 discrete = new Probe4();
        discrete.reset(0);
        assertThatThrownBy(() -> discrete.step(2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("action 2")
                .hasMessageContaining("Discrete(2)");
        ProbeContinuous4 continuous = new ProbeContinuous4();
        continuous.reset(0);
        assertThatThrownBy(() -> continuous.step(new float[] {1.5f}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[1.5]")
                .hasMessageContaining("Box(-1.0, 1.0");
        assertThatThrownBy(() -> continuous.step(new float[] {0f, 0f})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyProbeIsRegisteredWithoutATimeLimit() {
        for (String id : new String[] {
            "Probe1-v0",
            "Probe2-v0",
            "Probe3-v0",
            "Probe4-v0",
            "Probe5-v0",
            "ProbeContinuous4-v0",
            "ProbeContinuous5-v0"
        }) {
            assertThat(Envs.spec(id).maxEpisodeSteps()).as(id).isNull();
            Env<?, ?> env = Envs.make(id);
            assertThat(env.unwrapped().getClass().getSimpleName()).isEqualTo(id.replace("-v0", ""));
            assertThat(env.reset(0L).obs()).isInstanceOf(float[].class);
            assertThatThrownBy(() -> Envs.make(id, Map.of("render_mode", "human")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("probes do not render");
        }
    }

    @Test
    void madeProbeRejectsAStepAfterTheEnd() {
        Env<float[], Integer> env = Envs.make("Probe1-v0", Map.of(), float[].class, Integer.class);
        env.reset(0L);
        assertThat(env.step(0).done()).isTrue();
        assertThatThrownBy(() -> env.step(0)).isInstanceOf(IllegalStateException.class);
    }
}
