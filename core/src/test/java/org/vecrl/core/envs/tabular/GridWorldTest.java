package org.vecrl.core.envs.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GridWorldTest {
    private static final int UP = 0;
    private static final int RIGHT = 1;
    private static final int DOWN = 2;

    @Test
    void curriculumCliffSendsBackToStartWithPenaltyMinus100AndGoalGivesPlusOne() {
        CliffWalkingModel cliff = new CliffWalkingModel(-1);
        assertThat(cliff.numStates()).isEqualTo(48);
        assertThat(cliff.startState()).isEqualTo(36);
        assertThat(cliff.terminalStates()).containsExactly(47);
        assertThat(cliff.transitions(36, RIGHT)).containsExactly(new Transition(1.0, 36, -101.0, false));
        assertThat(cliff.transitions(35, DOWN)).containsExactly(new Transition(1.0, 47, 1.0, true));
        assertThat(cliff.transitions(24, DOWN)).containsExactly(new Transition(1.0, 36, -1.0, false));
        assertThat(cliff.transitions(0, UP)).containsExactly(new Transition(1.0, 0, -1.0, false));
        assertThat(cliff.transitions(47, UP)).containsExactly(new Transition(1.0, 47, 0.0, true));
    }

    @Test
    void genericCliffGivesExactlyCliffReward() {
        GridWorld grid = new GridWorld("S.C.G", -1, 1, -1, -100, 0);
        assertThat(grid.transitions(1, RIGHT)).containsExactly(new Transition(1.0, 0, -100.0, false));
        assertThat(grid.transitions(3, RIGHT)).containsExactly(new Transition(1.0, 4, 1.0, true));
    }

    @Test
    void trapsAreTerminalAndWallsBlock() {
        GridWorld grid = new GridWorld("S#T/..G");
        assertThat(grid.terminalStates()).containsExactly(2, 5);
        assertThat(grid.transitions(0, RIGHT)).containsExactly(new Transition(1.0, 0, 0.0, false));
        assertThat(grid.transitions(4, UP)).containsExactly(new Transition(1.0, 4, 0.0, false));
        assertThat(grid.transitions(4, RIGHT)).containsExactly(new Transition(1.0, 5, 1.0, true));
        GridWorld trap = new GridWorld("S.T");
        assertThat(trap.transitions(1, RIGHT)).containsExactly(new Transition(1.0, 2, -1.0, true));
    }

    @Test
    void slipperinessSpreadsOverTheOtherThreeDirections() {
        GridWorld grid = new GridWorld("..../.S../....", 0, 1, -1, -100, 0.6);
        List<Transition> out = grid.transitions(5, UP);
        assertThat(out).extracting(Transition::nextState).containsExactly(1, 6, 9, 4);
        assertThat(out).extracting(Transition::prob).containsExactly(1 - 0.6, 0.6 / 3, 0.6 / 3, 0.6 / 3);
    }

    @Test
    void mapsMayUseNewlinesAndSpaces() {
        GridWorld grid = new GridWorld(" ...G \n .#.T\nS...");
        assertThat(grid.grid().orElseThrow().rows()).containsExactly("...G", ".#.T", "S...");
        assertThat(grid.actionNames()).containsExactly("up", "right", "down", "left");
    }

    @Test
    void malformedMapsNameTheProblem() {
        assertThatThrownBy(() -> new GridWorld("S.x/..G"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 0")
                .hasMessageContaining("'x'")
                .hasMessageContaining("column 2")
                .hasMessageContaining("expected one of S G T C # .");
        assertThatThrownBy(() -> new GridWorld("S../..G."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1")
                .hasMessageContaining("4 cells")
                .hasMessageContaining("expected 3");
        assertThatThrownBy(() -> new GridWorld("..G"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 start cells");
        assertThatThrownBy(() -> new GridWorld("S.S/..G"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 start cells");
        assertThatThrownBy(() -> new GridWorld(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> new GridWorld("S.G", 0, 1, -1, -100, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("slipperiness 1.5");
    }

    @Test
    void toyFollowsTheCurriculum() {
        Toy toy = new Toy();
        assertThat(toy.startState()).isEqualTo(Toy.S_L);
        assertThat(toy.terminalStates()).isEmpty();
        assertThat(toy.transitions(Toy.S_0, Toy.LEFT)).containsExactly(new Transition(1.0, Toy.S_L, 1.0, false));
        assertThat(toy.transitions(Toy.S_0, Toy.RIGHT)).containsExactly(new Transition(1.0, Toy.S_R, 0.0, false));
        assertThat(toy.transitions(Toy.S_L, Toy.RIGHT)).containsExactly(new Transition(1.0, Toy.S_0, 0.0, false));
        assertThat(toy.transitions(Toy.S_R, Toy.LEFT)).containsExactly(new Transition(1.0, Toy.S_0, 2.0, false));
        assertThat(toy.grid()).isEmpty();
        assertThatThrownBy(() -> toy.transitions(3, 0)).hasMessageContaining("state 3: expected 0 <= s < 3");
    }

    @Test
    void tableModelRejectsBadDynamics() {
        assertThatThrownBy(() -> new TableModel(
                        2, 1, 0, java.util.Set.of(), (s, a) -> List.of(new Transition(0.5, 1, 0, false))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sum to 0.5");
        assertThatThrownBy(() ->
                        new TableModel(2, 1, 0, java.util.Set.of(), (s, a) -> List.of(new Transition(1, 2, 0, false))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leads to state 2");
        assertThatThrownBy(() ->
                        new TableModel(2, 1, 0, java.util.Set.of(1), (s, a) -> List.of(new Transition(1, 1, 0, false))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("terminated=false");
    }

    @Test
    void terminalStatesMayListOtherOutcomesButTensorsAbsorbThem() {
        TableModel model = new TableModel(
                2,
                1,
                0,
                java.util.Set.of(1),
                (s, a) -> List.of(s == 0 ? new Transition(1, 1, 5, true) : new Transition(1, 0, -3, false)));
        assertThat(model.transitions(1, 0)).containsExactly(new Transition(1, 0, -3, false));
        assertThat(model.transitionTensor()[1][0]).containsExactly(0.0, 1.0);
        assertThat(model.rewardTensor()[1][0]).containsExactly(0.0, 0.0);
        assertThat(model.rewardTensor(RewardMode.SUM)[0][0]).containsExactly(0.0, 5.0);
    }
}
