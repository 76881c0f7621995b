package org.vecrl.core.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Envs;
import org.vecrl.core.state.MapStateStore;
import org.vecrl.core.state.Resumable;

/** A restored native vector env continues the episodes in progress exactly as the original. */
class NativeVectorEnvStateTest {

    @Test
    void discreteEnvContinuesBitIdenticallyAfterRestore() {
        for (AutoresetMode mode : AutoresetMode.values()) {
            assertContinues("CartPole-v1", mode, 5, 137);
        }
    }

    @Test
    void continuousEnvContinuesBitIdenticallyAfterRestore() {
        assertContinues("Pendulum-v1", AutoresetMode.SAME_STEP, 3, 250);
    }

    @Test
    void restoreRefusesAStateOfAnotherSize() {
        VectorEnv a = Envs.makeVec("CartPole-v1", 2);
        a.reset(1L);
        MapStateStore store = new MapStateStore();
        ((Resumable) a).saveState(store, "env.");
        VectorEnv b = Envs.makeVec("CartPole-v1", 3);
        assertThatThrownBy(() -> ((Resumable) b).restoreState(store, "env."))
                .hasMessageContaining("'env.rngs' has 2 values: expected 3");
    }

    private static void assertContinues(String id, AutoresetMode mode, int n, int stepsBefore) {
        int episodes = VectorEnvResume.assertContinues(() -> Envs.makeVec(id, n, mode), stepsBefore, 600, (a, b) -> {
            for (int i = 0; i < n; i++) {
                if (a.terminated()[i] || a.truncated()[i]) {
                    assertThat(((Map<?, ?>) b.finalInfo(i).get("episode")).get("r"))
                            .isEqualTo(((Map<?, ?>) a.finalInfo(i).get("episode")).get("r"));
                }
            }
        });
        assertThat(episodes).as("episodes ended after the restore").isGreaterThan(n);
    }
}
