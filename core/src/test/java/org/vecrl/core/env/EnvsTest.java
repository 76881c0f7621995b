package org.vecrl.core.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Discrete;

class EnvsTest {
    private static final String WALK = TestEnvProvider.WALK_V1;

    @Test
    void thirdPartyProvidersRegisterThroughTheServiceLoader() {
        assertThat(Envs.ids()).contains(TestEnvProvider.WALK_V1, TestEnvProvider.WALK_V2, TestEnvProvider.BROKEN);
        EnvSpec spec = Envs.spec(WALK);
        assertThat(spec.maxEpisodeSteps()).isEqualTo(20);
        assertThat(spec.rewardThreshold()).isEqualTo(0.9);
    }

    @Test
    void makeUsesTheDefaultKwargsAndOverrides() {
        try (Env<?, ?> env = Envs.make(WALK)) {
            assertThat(env.observationSpace()).isEqualTo(new Box(0f, 6f, 1));
            assertThat(env.actionSpace()).isEqualTo(new Discrete(2));
            assertThat(env.spec()).isSameAs(Envs.spec(WALK));
        }
        try (Env<?, ?> env = Envs.make(WALK, Map.of("length", 11))) {
            assertThat(env.observationSpace()).isEqualTo(new Box(0f, 10f, 1));
        }
        assertThat(Envs.spec(WALK).kwargs()).containsEntry("length", 7);
    }

    @Test
    void unknownIdsSuggestCloseMatches() {
        assertThatThrownBy(() -> Envs.make("TestWalkk-v1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no environment registered with id 'TestWalkk-v1'")
                .hasMessageContaining("did you mean")
                .hasMessageContaining(WALK);
        assertThatThrownBy(() -> Envs.make("Qqqqqqqqqqqqqqqqqq-v0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no environment registered with id 'Qqqqqqqqqqqqqqqqqq-v0'")
                .hasMessageNotContaining("TestWalk");
    }

    @Test
    void unknownVersionsNameTheCurrentOnes() {
        assertThatThrownBy(() -> Envs.make("TestWalk-v0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "environment version 'TestWalk-v0' does not exist: the current versions are TestWalk-v1, TestWalk-v2");
        assertThatThrownBy(() -> Envs.make("TestBroken-v3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("the current version is TestBroken-v0");
    }

    @Test
    void unknownKwargsNameTheValidOnes() {
        assertThatThrownBy(() -> Envs.make(WALK, Map.of("lenght", 5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown kwarg 'lenght' for TestWalk-v1: valid kwargs are [")
                .hasMessageContaining("length")
                .hasMessageContaining("slip")
                .hasMessageContaining("render_mode");
    }

    @Test
    void madeEnvShowsItsWrapperChain() {
        assertThat(Envs.make(WALK))
                .hasToString("TimeLimit<OrderEnforcing<PassiveEnvChecker<RandomWalkEnv<TestWalk-v1>>>>");
        assertThat(Envs.make(TestEnvProvider.BROKEN))
                .hasToString("OrderEnforcing<PassiveEnvChecker<BrokenEnv<TestBroken-v0>>>");
        assertThat(Envs.make(WALK).unwrapped()).isInstanceOf(RandomWalkEnv.class);
    }

    @Test
    void timeLimitTruncatesOnTheNthStep() {
        Env<float[], Integer> env = Envs.make(WALK, Map.of("slip", 0.0), float[].class, Integer.class);
        float start = env.reset(5L).obs()[0];
        int action = start < 3 ? 1 : 0;
        for (int t = 1; t < 20; t++) {
            Step<float[]> s = env.step(action);
            assertThat(s.done()).as("step %d", t).isFalse();
            action = 1 - action;
        }
        Step<float[]> last = env.step(action);
        assertThat(last.truncated()).isTrue();
        assertThat(last.terminated()).isFalse();
    }

    @Test
    void orderEnforcingRejectsStepBeforeResetAndAfterTheEpisodeEnded() {
        Env<float[], Integer> env = Envs.make(WALK, Map.of("length", 3), float[].class, Integer.class);
        assertThatThrownBy(() -> env.step(1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("before reset()");
        env.reset(1L);
        assertThat(env.step(1).done()).isTrue();
        assertThatThrownBy(() -> env.step(1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("after the episode ended");
        env.reset();
        assertThat(env.step(0).done()).isTrue();
    }

    @Test
    void passiveCheckerRejectsAnObservationOutsideTheSpace() {
        Env<?, ?> env = Envs.make(TestEnvProvider.BROKEN, Map.of("defects", "obs"));
        assertThatThrownBy(env::reset)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside its observation space");
    }

    @Test
    void registerAndUnregister() {
        String id = "Scratch/Walk-v0";
        Envs.register(new EnvSpec(id, RandomWalkEnv::new, null, null, false, Map.of("length", 4, "slip", 0.0)));
        try {
            assertThat(Envs.ids()).contains(id);
            assertThat(Envs.make(id).observationSpace()).isEqualTo(new Box(0f, 3f, 1));
        } finally {
            assertThat(Envs.unregister(id)).isTrue();
        }
        assertThat(Envs.unregister(id)).isFalse();
        assertThatThrownBy(() -> Envs.make(id)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Envs.spec(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
    }
}
