package org.vecrl.core.envs.toytext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Envs;
import org.vecrl.core.env.Step;
import org.vecrl.core.envs.tabular.TabularModel;
import org.vecrl.core.envs.tabular.Transition;

class FrozenLakeTest {
    private static final int LEFT = 0;
    private static final int DOWN = 1;
    private static final int RIGHT = 2;
    private static final double THIRD = 1.0 / 3.0;

    @Test
    void slipperyTransitionsMatchGymnasium() {
        FrozenLake lake = new FrozenLake();
        assertThat(lake.transitions(0, LEFT))
                .containsExactly(
                        new Transition(THIRD, 0, 0, false),
                        new Transition(THIRD, 0, 0, false),
                        new Transition(THIRD, 4, 0, false));
        assertThat(lake.transitions(14, RIGHT))
                .containsExactly(
                        new Transition(THIRD, 14, 0, false),
                        new Transition(THIRD, 15, 1, true),
                        new Transition(THIRD, 10, 0, false));
        assertThat(lake.transitions(1, DOWN))
                .containsExactly(
                        new Transition(THIRD, 0, 0, false),
                        new Transition(THIRD, 5, 0, true),
                        new Transition(THIRD, 2, 0, false));
        for (int hole : new int[] {5, 7, 11, 12, 15}) {
            assertThat(lake.transitions(hole, 0)).containsExactly(new Transition(1.0, hole, 0, true));
        }
        assertThat(lake.terminalStates()).containsExactly(5, 7, 11, 12, 15);
    }

    @Test
    void everyStateActionSumsToOne() {
        for (TabularModel model : List.of(new FrozenLake(), new FrozenLake(null, "8x8", false, null))) {
            double[][][] t = model.transitionTensor();
            for (double[][] row : t) {
                for (double[] next : row) {
                    assertThat(java.util.Arrays.stream(next).sum()).isBetween(1 - 1e-12, 1 + 1e-12);
                }
            }
        }
    }

    @Test
    void nonSlipperyMovesAreDeterministic() {
        Env<Integer, Integer> env =
                Envs.make("FrozenLake-v1", Map.of("is_slippery", false), Integer.class, Integer.class);
        assertThat(env.reset(0L, Map.of()).info()).containsEntry("prob", 1.0);
        int[] path = {DOWN, DOWN, RIGHT, RIGHT, DOWN, RIGHT};
        Step<Integer> s = null;
        for (int a : path) {
            s = env.step(a);
        }
        assertThat(s.obs()).isEqualTo(15);
        assertThat(s.reward()).isEqualTo(1.0);
        assertThat(s.terminated()).isTrue();
        assertThat(s.info()).containsEntry("prob", 1.0);
    }

    @Test
    void registrySpecsMatchGymnasium() {
        assertThat(Envs.spec("FrozenLake-v1").maxEpisodeSteps()).isEqualTo(100);
        assertThat(Envs.spec("FrozenLake-v1").rewardThreshold()).isEqualTo(0.70);
        assertThat(Envs.spec("FrozenLake8x8-v1").maxEpisodeSteps()).isEqualTo(200);
        assertThat(Envs.spec("FrozenLake8x8-v1").rewardThreshold()).isEqualTo(0.85);
        assertThat(((TabularModel) Envs.make("FrozenLake8x8-v1").unwrapped()).numStates())
                .isEqualTo(64);
        TabularModel custom = (TabularModel)
                Envs.make("FrozenLake-v1", Map.of("desc", List.of("SH", "FG"))).unwrapped();
        assertThat(custom.terminalStates()).containsExactly(1, 3);
    }

    @Test
    void descAndMapNameKwargsPickTheMap() {
        TabularModel fromArray = (TabularModel) Envs.make("FrozenLake-v1", Map.of("desc", new String[] {"SFH", "FFG"}))
                .unwrapped();
        assertThat(fromArray.grid().orElseThrow().rows()).containsExactly("SFH", "FFG");
        TabularModel eight = (TabularModel)
                Envs.make("FrozenLake-v1", Map.of("map_name", "8x8")).unwrapped();
        assertThat(eight.grid().orElseThrow().rows()).isEqualTo(FrozenLakeMaps.MAPS.get("8x8"));
        Map<String, Object> neither = new HashMap<>();
        neither.put("map_name", null);
        TabularModel random = (TabularModel) Envs.make("FrozenLake-v1", neither).unwrapped();
        assertThat(random.numStates())
                .as("Gymnasium's random 8x8 map when desc and map_name are both null")
                .isEqualTo(64);
        assertThat(FrozenLakeMaps.hasPath(random.grid().orElseThrow().rows())).isTrue();
    }

    @Test
    void randomMapsAreValidAndRepeatForASeed() {
        for (long seed = 0; seed < 200; seed++) {
            List<String> map = FrozenLakeMaps.generateRandomMap(6, 0.6, seed);
            assertThat(map).hasSize(6).allMatch(row -> row.length() == 6 && row.matches("[SFHG]+"));
            assertThat(map.get(0).charAt(0)).isEqualTo('S');
            assertThat(map.get(5).charAt(5)).isEqualTo('G');
            assertThat(String.join("", map).replaceAll("[^SG]", "")).isEqualTo("SG");
            assertThat(FrozenLakeMaps.hasPath(map)).as("seed %d: %s", seed, map).isTrue();
            assertThat(FrozenLakeMaps.generateRandomMap(6, 0.6, seed)).isEqualTo(map);
        }
        assertThat(FrozenLakeMaps.generateRandomMap(5, 1.0, 3L))
                .containsExactly("SFFFF", "FFFFF", "FFFFF", "FFFFF", "FFFFG");
        long holes = java.util.stream.LongStream.range(0, 200)
                .mapToObj(seed -> String.join("", FrozenLakeMaps.generateRandomMap(8, 0.8, seed)))
                .mapToLong(m -> m.chars().filter(c -> c == 'H').count())
                .sum();
        assertThat(holes / (200.0 * 62))
                .as("hole fraction, a little under 1 - p since blocked maps are redrawn")
                .isBetween(0.12, 0.21);
        assertThatThrownBy(() -> FrozenLakeMaps.generateRandomMap(1, 0.8, 0L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size 1");
        assertThatThrownBy(() -> FrozenLakeMaps.generateRandomMap(4, 0.0, 0L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p=0.0");
    }

    @Test
    void pathCheckIsGymnasiumsDepthFirstSearch() {
        assertThat(FrozenLakeMaps.hasPath(List.of("SFH", "HFH", "HFG"))).isTrue();
        assertThat(FrozenLakeMaps.hasPath(List.of("SFH", "HHF", "FFG"))).isFalse();
        assertThat(FrozenLakeMaps.hasPath(List.of("SH", "HG"))).isFalse();
    }

    @Test
    void seededEpisodesRepeat() {
        assertThat(episode(5)).isEqualTo(episode(5));
        assertThat(episode(5)).isNotEqualTo(episode(6));
    }

    private static List<Integer> episode(long seed) {
        FrozenLake lake = new FrozenLake();
        List<Integer> states = new ArrayList<>();
        lake.reset(seed);
        for (int i = 0; i < 30; i++) {
            Step<Integer> s = lake.step(RIGHT);
            states.add(s.obs());
            if (s.terminated()) {
                lake.reset();
            }
        }
        return states;
    }

    @Test
    void badActionsAndMalformedMapsAreRejected() {
        FrozenLake lake = new FrozenLake();
        lake.reset(0L);
        assertThatThrownBy(() -> lake.step(4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("action 4")
                .hasMessageContaining("Discrete(4)");
        assertThatThrownBy(() -> new FrozenLake(List.of("SFXF", "FFFG"), null, true, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 0")
                .hasMessageContaining("'X'")
                .hasMessageContaining("expected one of S, F, H, G");
        assertThatThrownBy(() -> new FrozenLake(List.of("SFF", "FFFG"), null, true, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1")
                .hasMessageContaining("expected 3");
        assertThatThrownBy(() -> new FrozenLake(List.of("FF", "FG"), null, true, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no start cell");
        assertThatThrownBy(() -> new FrozenLake(List.of("SF", "FH"), null, true, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[SF, FH] has no goal cell 'G'");
        assertThatThrownBy(() -> Envs.make("FrozenLake-v1", Map.of("desc", new String[] {"SFF", "FG"})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1 'FG'");
        assertThatThrownBy(() -> Envs.make("FrozenLake-v1", Map.of("desc", List.of("SF", 7))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds 7");
        assertThatThrownBy(() -> Envs.make("FrozenLake-v1", Map.of("map_name", 4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("map_name=4");
        assertThatThrownBy(() -> new FrozenLake(null, "5x5", true, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("map_name '5x5'")
                .hasMessageContaining("4x4");
        assertThatThrownBy(() -> Envs.make("FrozenLake-v1", Map.of("desc", "SFFG")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("desc=SFFG");
        assertThatThrownBy(() -> Envs.make("FrozenLake-v1", Map.of("is_slippery", "yes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is_slippery=yes");
    }

    @Test
    void ansiRenderMatchesGymnasium() {
        FrozenLake lake = new FrozenLake(null, "4x4", false, "ansi");
        assertThat(lake.renderModes()).containsExactly("ansi");
        lake.reset(0L);
        assertThat(lake.render()).isEqualTo("\n\u001b[41mS\u001b[0mFFF\nFHFH\nFFFH\nHFFG\n");
        lake.step(DOWN);
        assertThat(lake.render()).isEqualTo("  (Down)\nSFFF\n\u001b[41mF\u001b[0mHFH\nFFFH\nHFFG\n");
    }
}
