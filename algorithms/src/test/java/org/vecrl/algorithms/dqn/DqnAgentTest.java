package org.vecrl.algorithms.dqn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vecrl.core.buffer.ReplayBuffer;
import org.vecrl.core.env.Envs;
import org.vecrl.core.env.Seeding;
import org.vecrl.core.schedule.LinearSchedule;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.nn.Engine;

/** The curriculum's {@code test_agent} (§2.10): 256 play steps on one CartPole into a buffer of 100. */
class DqnAgentTest {
    private static final double THETA_LIMIT = 0.2095;

    @Test
    void storesTrueTerminalObservationsAndFollowsTheSchedule() {
        VectorEnv env = Envs.makeVec("CartPole-v1", 1);
        env.reset(42L);
        DqnHyperparameters args = DqnHyperparameters.defaults();
        QFunction q = Dqn.qFunction(args, 4, 2, 42);
        assertThat(q.numParams()).isEqualTo(10_934);
        ReplayBuffer buffer = new ReplayBuffer(1, 4, 100, 42);
        LinearSchedule schedule = new LinearSchedule(1.0, 0.1, 0.2, 500_000);
        DqnAgent agent = new DqnAgent(env, buffer, q, schedule, Seeding.generator(42L));
        for (int i = 0; i < 256; i++) {
            agent.playStep();
        }
        assertThat(agent.step()).isEqualTo(256);
        float[] obs = buffer.observations();
        float[] next = buffer.nextObservations();
        boolean[] term = buffer.terminated();
        assertThat(obs).hasSize(100 * 4);
        assertThat(next).hasSize(100 * 4);
        assertThat(term).hasSize(100);
        assertThat(buffer.actions()).hasSize(100);
        assertThat(buffer.rewards()).hasSize(100);
        int terminatedRows = 0;
        for (int i = 0; i < 100; i++) {
            float[] o = Arrays.copyOfRange(obs, 4 * i, 4 * i + 4);
            float[] n = Arrays.copyOfRange(next, 4 * i, 4 * i + 4);
            assertThat(o).as("row %d: obs != next_obs", i).isNotEqualTo(n);
            assertThat(Math.abs(o[2])).as("row %d obs angle", i).isLessThan((float) THETA_LIMIT);
            if (term[i]) {
                terminatedRows++;
                assertThat(Math.abs(n[2])).as("row %d terminal angle", i).isGreaterThanOrEqualTo((float) THETA_LIMIT);
            } else {
                assertThat(Math.abs(n[2])).as("row %d next angle", i).isLessThan((float) THETA_LIMIT);
                if (i + 1 < 100) {
                    assertThat(Arrays.copyOfRange(obs, 4 * (i + 1), 4 * (i + 2)))
                            .as("row %d chains", i)
                            .isEqualTo(n);
                }
            }
        }
        assertThat(terminatedRows)
                .as("a random policy ends several episodes in 100 steps")
                .isGreaterThan(1);
        assertThat(agent.epsilon()).isEqualTo(schedule.value(agent.step() - 1));
    }

    @Test
    void qNetworkMatchesTheCurriculumOnBothEngines() {
        for (Engine e : List.of(Engine.SIMD, Engine.ND4J)) {
            DqnHyperparameters args = DqnTesting.args(java.util.Map.of("engine", e));
            QFunction q = Dqn.qFunction(args, 4, 2, 0);
            assertThat(q.networks().get(0).engine()).isEqualTo(e);
            assertThat(q.numParams()).isEqualTo(10_934);
        }
    }
}
