package org.vecrl.core.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Envs;
import org.vecrl.core.spaces.Discrete;
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
        VectorEnv a = Envs.makeVec(id, n, mode);
        a.reset(7L);
        SplittableRandom actions = new SplittableRandom(3);
        for (int t = 0; t < stepsBefore; t++) {
            step(a, actions);
        }
        MapStateStore store = new MapStateStore();
        ((Resumable) a).saveState(store, "env.");
        VectorEnv b = Envs.makeVec(id, n, mode);
        ((Resumable) b).restoreState(store, "env.");
        assertThat(b.observations()).containsExactly(a.observations());
        int episodes = 0;
        for (int t = 0; t < 600; t++) {
            Object drawn = step(a, actions);
            if (drawn instanceof int[] ints) {
                b.step(ints);
            } else {
                b.step((float[]) drawn);
            }
            assertThat(b.observations()).as("step %d", t).containsExactly(a.observations());
            assertThat(b.rewards()).containsExactly(a.rewards());
            assertThat(b.terminated()).containsExactly(a.terminated());
            assertThat(b.truncated()).containsExactly(a.truncated());
            for (int i = 0; i < n; i++) {
                if (a.terminated()[i] || a.truncated()[i]) {
                    episodes++;
                    assertThat(((Map<?, ?>) b.finalInfo(i).get("episode")).get("r"))
                            .isEqualTo(((Map<?, ?>) a.finalInfo(i).get("episode")).get("r"));
                    assertThat(b.finalObservations()[i * a.obsDim()]).isEqualTo(a.finalObservations()[i * a.obsDim()]);
                }
            }
        }
        assertThat(episodes).as("episodes ended after the restore").isGreaterThan(n);
    }

    /** Steps {@code env} with random actions and returns them ({@code int[]} or {@code float[]}). */
    private static Object step(VectorEnv env, SplittableRandom rng) {
        if (env.singleActionSpace() instanceof Discrete d) {
            int[] a = new int[env.numEnvs()];
            for (int i = 0; i < a.length; i++) {
                a[i] = rng.nextInt(d.n());
            }
            env.step(a);
            return a;
        }
        float[] a = new float[env.numEnvs() * env.actionDim()];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) (rng.nextDouble() * 4 - 2);
        }
        env.step(a);
        return a;
    }
}
