package org.vecrl.algorithms.train;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.algorithms.dqn.Dqn;
import org.vecrl.algorithms.pg.Ppo;
import org.vecrl.core.env.Envs;
import org.vecrl.core.vector.AutoresetMode;
import org.vecrl.core.vector.VectorEnv;

/** DQN and the on-policy learners refuse a NEXT_STEP-autoreset vector env before training on it. */
class AutoresetRequirementTest {

    @Test
    void dqnRefusesNextStepAutoreset() {
        VectorEnv env = nextStepCartPoles();
        Dqn dqn = (Dqn) Algorithms.get("dqn");
        RunSettings run = new RunSettings("dqn", "CartPole-v1", 1, 1000, 2, 1000, 1000);
        assertThatThrownBy(() -> dqn.createLearner(run, dqn.defaults(), env))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vector env in autoreset mode NEXT_STEP: DQN needs SAME_STEP (the true next observation of "
                        + "transitions that end an episode)");
    }

    @Test
    void ppoRefusesNextStepAutoreset() {
        VectorEnv env = nextStepCartPoles();
        Ppo ppo = new Ppo();
        RunSettings run = new RunSettings("ppo", "CartPole-v1", 1, 1024, 2, 1024, 1024);
        assertThatThrownBy(() -> ppo.createLearner(run, ppo.defaults(), env))
                .hasMessageContaining("autoreset mode NEXT_STEP")
                .hasMessageContaining("needs SAME_STEP");
    }

    private static VectorEnv nextStepCartPoles() {
        VectorEnv env = Envs.makeVec("CartPole-v1", 2, AutoresetMode.NEXT_STEP, Map.of());
        env.reset(1L);
        return env;
    }
}
