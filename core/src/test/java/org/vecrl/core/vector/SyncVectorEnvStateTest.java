package org.vecrl.core.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.AbstractEnv;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Envs;
import org.vecrl.core.env.Reset;
import org.vecrl.core.env.Step;
import org.vecrl.core.spaces.Discrete;
import org.vecrl.core.spaces.Space;
import org.vecrl.core.state.MapStateStore;
import org.vecrl.core.state.Resumable;
import org.vecrl.core.wrappers.FrameStack;
import org.vecrl.core.wrappers.NormalizeObservation;
import org.vecrl.core.wrappers.NormalizeReward;
import org.vecrl.core.wrappers.RecordEpisodeStatistics;

/** A restored {@link SyncVectorEnv} continues the episodes in progress exactly as the original. */
class SyncVectorEnvStateTest {

    @Test
    void slipperyFrozenLakeContinuesBitIdenticallyInBothModes() {
        for (AutoresetMode mode : AutoresetMode.values()) {
            assertContinues("FrozenLake-v1", mode, Map.of("is_slippery", true), 4, 37, 400);
        }
    }

    @Test
    void rainyFicklePassengerTaxiContinuesBitIdentically() {
        // 150 steps before the save: every episode is truncated (200 steps) after the restore.
        assertContinues(
                "Taxi-v4", AutoresetMode.SAME_STEP, Map.of("is_rainy", true, "fickle_passenger", true), 3, 150, 400);
    }

    @Test
    void probesAndBanditContinueBitIdentically() {
        assertContinues("Probe5-v0", AutoresetMode.NEXT_STEP, Map.of(), 4, 5, 300);
        assertContinues("ArmedBanditTestbed-v0", AutoresetMode.SAME_STEP, Map.of("stationary", false), 2, 950, 300);
    }

    @Test
    void singleClassicControlEnvsContinueBitIdentically() {
        for (String id : List.of("CartPole-v1", "Pendulum-v1", "Acrobot-v1", "MountainCar-v0")) {
            int episodes = VectorEnvResume.assertContinues(
                    () -> Envs.makeSyncVec(id, 3, AutoresetMode.SAME_STEP, Map.of()), 150, 400, (a, b) -> {});
            assertThat(episodes).as(id).isPositive();
        }
    }

    @Test
    void statefulWrappersContinueBitIdentically() {
        Supplier<VectorEnv> make = () -> new SyncVectorEnv(
                List.of(SyncVectorEnvStateTest::wrappedPendulum, SyncVectorEnvStateTest::wrappedPendulum),
                AutoresetMode.SAME_STEP);
        int episodes = VectorEnvResume.assertContinues(make, 130, 300, (a, b) -> {
            for (int i = 0; i < a.numEnvs(); i++) {
                Map<?, ?> episode = (Map<?, ?>) a.finalInfo(i).get(RecordEpisodeStatistics.EPISODE);
                if (episode != null) {
                    Map<?, ?> restored = (Map<?, ?>) b.finalInfo(i).get(RecordEpisodeStatistics.EPISODE);
                    assertThat(restored.get("r")).isEqualTo(episode.get("r"));
                    assertThat(restored.get("l")).isEqualTo(episode.get("l"));
                    assertThat(recorder(b, i).returnQueue())
                            .isEqualTo(recorder(a, i).returnQueue());
                    assertThat(recorder(b, i).episodeCount())
                            .isEqualTo(recorder(a, i).episodeCount());
                }
            }
        });
        assertThat(episodes).as("two 200-step episodes per env").isEqualTo(4);
    }

    @Test
    void infoMapsAreEmptyAfterARestore() {
        VectorEnv a = Envs.makeVec("FrozenLake-v1", 2);
        a.reset(1L);
        a.step(new int[] {0, 1});
        MapStateStore store = new MapStateStore();
        ((Resumable) a).saveState(store, "env.");
        SyncVectorEnv b = (SyncVectorEnv) Envs.makeVec("FrozenLake-v1", 2);
        b.reset(2L);
        b.restoreState(store, "env.");
        assertThat(a.info(0)).containsKey("prob");
        assertThat(b.info(0)).isEmpty();
        assertThat(b.finalInfo(0)).isEmpty();
    }

    @Test
    void envWithoutSavedStateIsNotResumable() {
        SyncVectorEnv env =
                new SyncVectorEnv(List.of(() -> Envs.make("FrozenLake-v1"), Opaque::new), AutoresetMode.SAME_STEP);
        env.reset(1L);
        assertThat(((Resumable) env.env(0)).resumable()).isTrue();
        assertThat(new Opaque().resumable()).isFalse();
        assertThat(env.resumable()).isFalse();
        assertThatThrownBy(() -> env.saveState(new MapStateStore(), "env."))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sub-env 1 (Opaque) is not resumable");
        assertThat(Envs.makeVec("FrozenLake-v1", 2))
                .isInstanceOfSatisfying(
                        SyncVectorEnv.class, v -> assertThat(v.resumable()).isTrue());
    }

    @Test
    void episodeRecorderSavesTheSyncVectorEnvOnlyWhenItIsResumable() {
        assertThat(recorderRestoresEnv(Envs.makeVec("FrozenLake-v1", 2))).isTrue();
        assertThat(recorderRestoresEnv(new SyncVectorEnv(List.of(Opaque::new, Opaque::new), AutoresetMode.SAME_STEP)))
                .isFalse();
    }

    private static boolean recorderRestoresEnv(VectorEnv env) {
        var a = new org.vecrl.core.wrappers.vector.RecordEpisodeStatistics(env, (step, r, l) -> {});
        a.reset(1L);
        a.step(new int[] {1, 1});
        MapStateStore store = new MapStateStore();
        a.saveState(store, "recorder.");
        var b = new org.vecrl.core.wrappers.vector.RecordEpisodeStatistics(env, (step, r, l) -> {});
        b.restoreState(store, "recorder.");
        assertThat(b.step()).isEqualTo(2);
        return b.envStateRestored();
    }

    private static Env<float[], float[]> wrappedPendulum() {
        Env<float[], float[]> pendulum = Envs.make("Pendulum-v1", Map.of(), float[].class, float[].class);
        return new RecordEpisodeStatistics<>(
                new NormalizeReward<>(new FrameStack<>(new NormalizeObservation<>(pendulum), 3)));
    }

    private static RecordEpisodeStatistics<?, ?> recorder(VectorEnv env, int i) {
        return (RecordEpisodeStatistics<?, ?>) ((SyncVectorEnv) env).env(i);
    }

    private static void assertContinues(
            String id, AutoresetMode mode, Map<String, Object> kwargs, int n, int stepsBefore, int stepsAfter) {
        int episodes = VectorEnvResume.assertContinues(
                () -> Envs.makeVec(id, n, mode, kwargs), stepsBefore, stepsAfter, (a, b) -> {});
        assertThat(episodes).as("%s episodes ended after the restore", id).isGreaterThanOrEqualTo(n);
    }

    /** An env with FrozenLake's spaces that does not save its state: a coin flip ends each episode. */
    private static final class Opaque extends AbstractEnv<Integer, Integer> {
        private final Discrete observationSpace = new Discrete(16);
        private final Discrete actionSpace = new Discrete(4);

        @Override
        public Space<Integer> observationSpace() {
            return observationSpace;
        }

        @Override
        public Space<Integer> actionSpace() {
            return actionSpace;
        }

        @Override
        public Reset<Integer> reset(Long seed, Map<String, Object> options) {
            seed(seed);
            return new Reset<>(0, Map.of());
        }

        @Override
        public Step<Integer> step(Integer action) {
            return new Step<>(action, 0.0, rng().nextBoolean(), false, Map.of());
        }
    }
}
