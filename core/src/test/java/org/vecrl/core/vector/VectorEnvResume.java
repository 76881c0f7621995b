package org.vecrl.core.vector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.vecrl.core.spaces.Discrete;
import org.vecrl.core.state.MapStateStore;
import org.vecrl.core.state.Resumable;

/** Checks that a vector env restored from a saved state steps exactly as the original. */
final class VectorEnvResume {

    private VectorEnvResume() {}

    /**
     * Resets an env from {@code make} with seed 7, steps it {@code stepsBefore} times with random
     * actions, saves it, restores the state into a fresh env from {@code make}, then steps both
     * {@code stepsAfter} times with the same actions, asserting identical observations, rewards and
     * flags after each step and running {@code check(original, restored)}.
     *
     * @return the number of episodes that ended after the restore
     */
    static int assertContinues(
            Supplier<VectorEnv> make, int stepsBefore, int stepsAfter, BiConsumer<VectorEnv, VectorEnv> check) {
        VectorEnv a = make.get();
        a.reset(7L);
        SplittableRandom actions = new SplittableRandom(3);
        for (int t = 0; t < stepsBefore; t++) {
            step(a, actions);
        }
        MapStateStore store = new MapStateStore();
        ((Resumable) a).saveState(store, "env.");
        VectorEnv b = make.get();
        ((Resumable) b).restoreState(store, "env.");
        assertThat(b.observations()).containsExactly(a.observations());
        int episodes = 0;
        for (int t = 0; t < stepsAfter; t++) {
            Object drawn = step(a, actions);
            if (drawn instanceof int[] ints) {
                b.step(ints);
            } else {
                b.step((float[]) drawn);
            }
            assertThat(b.observations()).as("step %d", t).containsExactly(a.observations());
            assertThat(b.rewards()).as("step %d", t).containsExactly(a.rewards());
            assertThat(b.terminated()).as("step %d", t).containsExactly(a.terminated());
            assertThat(b.truncated()).as("step %d", t).containsExactly(a.truncated());
            assertThat(b.finalObservations()).as("step %d", t).containsExactly(a.finalObservations());
            check.accept(a, b);
            for (int i = 0; i < a.numEnvs(); i++) {
                episodes += a.terminated()[i] || a.truncated()[i] ? 1 : 0;
            }
        }
        return episodes;
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
