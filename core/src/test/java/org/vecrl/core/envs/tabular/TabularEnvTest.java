package org.vecrl.core.envs.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Envs;
import org.vecrl.core.env.Step;

class TabularEnvTest {

    @Test
    void toyGymTruncatesOnTheThirdStepAfterTheTwoReward() {
        Env<Integer, Integer> env = Envs.make("ToyGym-v0", Map.of(), Integer.class, Integer.class);
        assertThat(env.reset(0L, Map.of()).obs()).isEqualTo(Toy.S_L);
        Step<Integer> first = env.step(Toy.RIGHT);
        Step<Integer> second = env.step(Toy.RIGHT);
        Step<Integer> third = env.step(Toy.LEFT);
        assertThat(List.of(first.obs(), second.obs(), third.obs())).containsExactly(Toy.S_0, Toy.S_R, Toy.S_0);
        assertThat(List.of(first.reward(), second.reward(), third.reward())).containsExactly(0.0, 0.0, 2.0);
        assertThat(second.done()).isFalse();
        assertThat(third.truncated()).isTrue();
        assertThat(third.terminated()).isFalse();
    }

    @Test
    void norvigEnvSamplesTheModelWithTheSlipProbabilities() {
        Env<Integer, Integer> env = Envs.make("NorvigGrid-v0", Map.of(), Integer.class, Integer.class);
        assertThat(env.spec().maxEpisodeSteps()).isEqualTo(100);
        assertThat(env.spec().nondeterministic()).isTrue();
        assertThat(env.unwrapped()).isInstanceOf(TabularModel.class);
        int toFour = 0;
        int n = 20_000;
        env.reset(7L, Map.of());
        for (int i = 0; i < n; i++) {
            env.reset();
            Step<Integer> s = env.step(0);
            toFour += s.obs() == 4 ? 1 : 0;
            assertThat(s.reward()).isEqualTo(-0.04);
            assertThat(s.info()).containsKey("model");
        }
        assertThat(toFour / (double) n).isCloseTo(0.7, within(0.02));
    }

    @Test
    void sameSeedGivesTheSameTrajectory() {
        assertThat(trajectory(3)).isEqualTo(trajectory(3)).isNotEqualTo(trajectory(4));
    }

    private static List<Integer> trajectory(long seed) {
        TabularEnv env = new TabularEnv(new NorvigGrid());
        List<Integer> states = new ArrayList<>();
        states.add(env.reset(seed).obs());
        for (int i = 0; i < 40; i++) {
            Step<Integer> s = env.step(i % 4);
            states.add(s.obs());
            if (s.terminated()) {
                states.add(env.reset().obs());
            }
        }
        return states;
    }

    @Test
    void enteringTheGoalTerminatesWithItsReward() {
        TabularEnv env = new TabularEnv(new CliffWalkingModel(-1));
        env.reset(0L);
        Step<Integer> s = env.step(0);
        for (int i = 0; i < 11; i++) {
            s = env.step(1);
        }
        s = env.step(2);
        assertThat(s.obs()).isEqualTo(47);
        assertThat(s.reward()).isEqualTo(1.0);
        assertThat(s.terminated()).isTrue();
    }

    @Test
    void penaltyKwargReachesTheModel() {
        Env<?, ?> env = Envs.make("NorvigGrid-v0", Map.of("penalty", -0.1));
        assertThat(((TabularEnv) env.unwrapped()).model()).hasToString("NorvigGrid(penalty=-0.1)");
        Env<?, ?> cliff = Envs.make("CliffWalkingCurriculum-v0", Map.of("penalty", -2));
        assertThat(((TabularModel) cliff.unwrapped()).transitions(36, 1).get(0).reward())
                .isEqualTo(-102.0);
        assertThat(cliff.spec().maxEpisodeSteps()).isEqualTo(200);
    }

    @Test
    void explorationAndLargeGridsAreRegistered() {
        TabularModel exploration =
                (TabularModel) Envs.make("ExplorationGrid-v0").unwrapped();
        assertThat(exploration.startState()).isEqualTo(20);
        assertThat(exploration.terminalStates()).containsExactly(4, 8);
        TabularModel large = (TabularModel) Envs.make("LargeGrid-v0").unwrapped();
        assertThat(large.numStates()).isEqualTo(64);
        assertThat(large.startState()).isEqualTo(56);
        assertThat(large.terminalStates()).containsExactly(7);
        assertThat(Envs.spec("LargeGrid-v0").maxEpisodeSteps()).isEqualTo(200);
        assertThat(Envs.spec("ExplorationGrid-v0").maxEpisodeSteps()).isEqualTo(100);
    }

    @Test
    void badActionsAndOrderAreRejected() {
        TabularEnv env = new TabularEnv(new NorvigGrid());
        assertThatThrownBy(() -> env.step(0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reset()");
        env.reset(0L);
        assertThatThrownBy(() -> env.step(4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("action 4")
                .hasMessageContaining("Discrete(4)");
        assertThatThrownBy(() -> env.step(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("action null");
    }

    @Test
    void ansiRenderHighlightsTheAgentOnTheGrid() {
        TabularEnv env = new TabularEnv(new NorvigGrid(), "ansi");
        env.reset(0L);
        assertThat(env.render()).isEqualTo("\n...G\n.#.T\n\u001b[41mS\u001b[0m...\n");
        env.step(1);
        assertThat((String) env.render()).startsWith("  (Right)\n");
        TabularEnv toy = new TabularEnv(new Toy(), "ansi");
        toy.reset(0L);
        toy.step(Toy.RIGHT);
        assertThat(toy.render()).isEqualTo("state 1 (RIGHT)\n");
        assertThat(new TabularEnv(new Toy()).render()).isNull();
        assertThatThrownBy(() -> new TabularEnv(new Toy(), "human"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("human");
    }
}
