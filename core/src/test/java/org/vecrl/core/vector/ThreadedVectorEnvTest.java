package org.vecrl.core.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vecrl.core.env.Envs;

class ThreadedVectorEnvTest {

    @ParameterizedTest
    @EnumSource(AutoresetMode.class)
    void threadedCartPoleEqualsSync(AutoresetMode mode) {
        try (ThreadedVectorEnv threaded = ThreadedVectorEnv.of("CartPole-v1", 7, 3, mode);
             VectorEnv sync = Envs.makeSyncVec("CartPole-v1", 7, mode, Map.of())) {
            assertThat(threaded.numShards()).isEqualTo(3);
            int[] ends = VectorEnvParity.assertSameRun(threaded, sync, 5L, 300);
            assertThat(ends[0]).isGreaterThan(10);
        }
    }

    @ParameterizedTest
    @EnumSource(AutoresetMode.class)
    void threadedPendulumEqualsSync(AutoresetMode mode) {
        try (ThreadedVectorEnv threaded = ThreadedVectorEnv.of("Pendulum-v1", 5, 2, mode);
             VectorEnv sync = Envs.makeSyncVec("Pendulum-v1", 5, mode, Map.of())) {
            assertThat(VectorEnvParity.assertSameRun(threaded, sync, 8L, 420)).containsExactly(0, 10);
        }
    }

    @Test
    void badArgumentsAndClosedPoolAreReported() {
        assertThatThrownBy(() -> ThreadedVectorEnv.of("CartPole-v1", 2, 3, AutoresetMode.SAME_STEP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads=3 for numEnvs=2");
        ThreadedVectorEnv env = ThreadedVectorEnv.of("CartPole-v1", 4, 2, AutoresetMode.SAME_STEP);
        env.reset(0L);
        float[] before = env.observations().clone();
        assertThatThrownBy(() -> env.step(new int[] {0, 1, 0, 5})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("action 5 of sub-env 3 is not in Discrete(2)");
        assertThat(env.observations()).isEqualTo(before);
        env.close();
        assertThatThrownBy(() -> env.step(new int[4])).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
