package org.vecrl.core.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Envs;
import org.vecrl.core.env.Step;
import org.vecrl.core.env.Wrapper;

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
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads=3 for numEnvs=2");
        ThreadedVectorEnv env = ThreadedVectorEnv.of("CartPole-v1", 4, 2, AutoresetMode.SAME_STEP);
        env.reset(0L);
        float[] before = env.observations().clone();
        assertThatThrownBy(() -> env.step(new int[] {0, 1, 0, 5}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("action 5 of sub-env 3 is not in Discrete(2)");
        assertThat(env.observations()).isEqualTo(before);
        env.close();
        assertThatThrownBy(() -> env.step(new int[4]))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void exceptionOfAWorkerShardReachesTheCallerWithItsMessage() {
        Supplier<Env<?, ?>> cartPole = () -> Envs.make("CartPole-v1");
        Supplier<Env<?, ?>> failing =
                () -> new FailingOnStep(Envs.make("CartPole-v1", Map.of(), float[].class, Integer.class), 3);
        try (ThreadedVectorEnv env = new ThreadedVectorEnv(List.of(
                new SyncVectorEnv(List.of(cartPole, cartPole), AutoresetMode.SAME_STEP),
                new SyncVectorEnv(List.of(cartPole, failing), AutoresetMode.SAME_STEP)))) {
            env.reset(0L);
            env.step(new int[] {0, 1, 0, 1});
            env.step(new int[] {0, 1, 0, 1});
            assertThatThrownBy(() -> env.step(new int[] {0, 1, 0, 1}))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("step 3 of a FailingOnStep");
            assertThatThrownBy(() -> env.step(new int[] {0, 1, 0, 1}))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("step 4 of a FailingOnStep");
        }
    }

    @Test
    void closeStopsTheWorkerThreads() {
        long before = liveWorkerThreads();
        ThreadedVectorEnv env = ThreadedVectorEnv.of("CartPole-v1", 12, 4, AutoresetMode.SAME_STEP);
        assertThat(liveWorkerThreads()).isEqualTo(before + 3);
        env.reset(1L);
        env.step(new int[12]);
        env.close();
        assertThat(liveWorkerThreads()).isEqualTo(before);
        env.close();
    }

    private static long liveWorkerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("vecrl-vector-"))
                .count();
    }

    /** CartPole that throws from its {@code from}-th step on. */
    private static final class FailingOnStep extends Wrapper<float[], Integer> {
        private final int from;
        private int steps;

        FailingOnStep(Env<float[], Integer> env, int from) {
            super(env);
            this.from = from;
        }

        @Override
        public Step<float[]> step(Integer action) {
            if (++steps >= from) {
                throw new IllegalStateException("step " + steps + " of a FailingOnStep");
            }
            return super.step(action);
        }
    }
}
