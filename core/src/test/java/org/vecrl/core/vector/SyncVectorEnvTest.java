package org.vecrl.core.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Envs;

class SyncVectorEnvTest {

    @Test
    void aBadActionLeavesEverySubEnvUntouched() {
        try (VectorEnv env = Envs.makeSyncVec("CartPole-v1", 3, AutoresetMode.SAME_STEP, Map.of())) {
            env.reset(0L);
            float[] before = env.observations().clone();
            assertThatThrownBy(() -> env.step(new int[] {1, 1, 2}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("action 2 of sub-env 2 is not in Discrete(2)");
            assertThat(env.observations()).isEqualTo(before);
            env.step(new int[] {1, 1, 1});
            assertThat(env.observations()).isNotEqualTo(before);
        }
    }

    @Test
    void nonFiniteContinuousActionsAreRejected() {
        try (VectorEnv env = Envs.makeSyncVec("Pendulum-v1", 2, AutoresetMode.SAME_STEP, Map.of())) {
            env.reset(0L);
            assertThatThrownBy(() -> env.step(new float[] {Float.NEGATIVE_INFINITY, 0f}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("of sub-env 0 is not finite");
            assertThatThrownBy(() -> env.step(new float[] {0f}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("actions array of length 1: expected 2");
        }
    }
}
