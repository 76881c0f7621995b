package org.vecrl.core.envs.toytext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Envs;
import org.vecrl.core.env.Step;
import org.vecrl.core.envs.tabular.Transition;
import org.vecrl.core.wrappers.TimeLimit;

class CliffWalkingTest {
    private static final int UP = 0;
    private static final int RIGHT = 1;
    private static final int DOWN = 2;
    private static final int LEFT = 3;
    private static final double THIRD = 1.0 / 3.0;

    @Test
    void transitionsMatchGymnasium() {
        CliffWalking cliff = new CliffWalking();
        assertThat(cliff.numStates()).isEqualTo(48);
        assertThat(cliff.transitions(36, RIGHT)).containsExactly(new Transition(1.0, 36, -100, false));
        assertThat(cliff.transitions(36, UP)).containsExactly(new Transition(1.0, 24, -1, false));
        assertThat(cliff.transitions(35, DOWN)).containsExactly(new Transition(1.0, 47, -1, true));
        assertThat(cliff.transitions(0, LEFT)).containsExactly(new Transition(1.0, 0, -1, false));
        assertThat(cliff.transitions(30, DOWN)).containsExactly(new Transition(1.0, 36, -100, false));
        assertThat(cliff.transitions(47, UP)).containsExactly(new Transition(1.0, 47, 0, true));
        CliffWalking slippery = new CliffWalking(true, null);
        assertThat(slippery.transitions(36, UP))
                .containsExactly(
                        new Transition(THIRD, 36, -1, false),
                        new Transition(THIRD, 24, -1, false),
                        new Transition(THIRD, 36, -100, false));
    }

    @Test
    void cliffSendsBackWithoutEndingAndThereIsNoTimeLimit() {
        Env<Integer, Integer> env = Envs.make("CliffWalking-v1", Map.of(), Integer.class, Integer.class);
        assertThat(env).isNotInstanceOf(TimeLimit.class);
        assertThat(env.reset(0L, Map.of()).obs()).isEqualTo(36);
        for (int i = 0; i < 500; i++) {
            Step<Integer> s = env.step(RIGHT);
            assertThat(s.obs()).isEqualTo(36);
            assertThat(s.reward()).isEqualTo(-100);
            assertThat(s.done()).isFalse();
        }
        env.step(UP);
        for (int i = 0; i < 11; i++) {
            env.step(RIGHT);
        }
        Step<Integer> last = env.step(DOWN);
        assertThat(last.obs()).isEqualTo(47);
        assertThat(last.reward()).isEqualTo(-1);
        assertThat(last.terminated()).isTrue();
        assertThatThrownBy(() -> env.step(UP)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void seededSlipperyEpisodesRepeat() {
        assertThat(walk(11)).isEqualTo(walk(11)).isNotEqualTo(walk(12));
    }

    private static String walk(long seed) {
        CliffWalking cliff = new CliffWalking(true, null);
        StringBuilder sb = new StringBuilder().append(cliff.reset(seed).obs());
        for (int i = 0; i < 30; i++) {
            sb.append(',').append(cliff.step(i % 2 == 0 ? UP : RIGHT).obs());
        }
        return sb.toString();
    }

    @Test
    void ansiRenderMatchesGymnasium() {
        CliffWalking cliff = new CliffWalking(false, "ansi");
        cliff.reset(0L);
        String floor = "o " + " o ".repeat(10) + " o\n";
        assertThat(cliff.render()).isEqualTo(floor + floor + floor + "x " + " C ".repeat(10) + " T\n\n");
        cliff.step(UP);
        assertThat((String) cliff.render()).startsWith(floor + floor + "x " + " o ".repeat(10) + " o\no ");
    }
}
