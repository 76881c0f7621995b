package org.vecrl.core.envs.toytext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Envs;
import org.vecrl.core.env.Step;
import org.vecrl.core.envs.tabular.Transition;

class TaxiTest {
    private static final int SOUTH = 0;
    private static final int EAST = 2;
    private static final int WEST = 3;
    private static final int PICKUP = 4;
    private static final int DROPOFF = 5;

    private final Taxi taxi = new Taxi();

    @Test
    void encodeAndDecodeAreInverse() {
        for (int s = 0; s < Taxi.NUM_STATES; s++) {
            int[] d = Taxi.decode(s);
            assertThat(Taxi.encode(d[0], d[1], d[2], d[3])).isEqualTo(s);
        }
        assertThat(Taxi.encode(4, 4, 4, 3)).isEqualTo(499);
        assertThat(Taxi.decode(328)).containsExactly(3, 1, 2, 0);
    }

    @Test
    void transitionsMatchGymnasium() {
        assertThat(taxi.transitions(Taxi.encode(0, 0, 0, 1), PICKUP))
                .containsExactly(new Transition(1.0, Taxi.encode(0, 0, 4, 1), -1, false));
        assertThat(taxi.transitions(Taxi.encode(0, 4, 4, 1), DROPOFF))
                .containsExactly(new Transition(1.0, Taxi.encode(0, 4, 1, 1), 20, true));
        assertThat(taxi.transitions(Taxi.encode(4, 0, 4, 1), DROPOFF))
                .as("drop-off at another stand leaves the passenger there")
                .containsExactly(new Transition(1.0, Taxi.encode(4, 0, 2, 1), -1, false));
        assertThat(taxi.transitions(Taxi.encode(2, 2, 0, 1), PICKUP))
                .containsExactly(new Transition(1.0, Taxi.encode(2, 2, 0, 1), -10, false));
        assertThat(taxi.transitions(Taxi.encode(2, 2, 4, 1), DROPOFF))
                .containsExactly(new Transition(1.0, Taxi.encode(2, 2, 4, 1), -10, false));
        assertThat(taxi.transitions(Taxi.encode(0, 1, 0, 1), EAST))
                .as("wall east of (0, 1)")
                .containsExactly(new Transition(1.0, Taxi.encode(0, 1, 0, 1), -1, false));
        assertThat(taxi.transitions(Taxi.encode(0, 0, 0, 1), EAST))
                .containsExactly(new Transition(1.0, Taxi.encode(0, 1, 0, 1), -1, false));
        assertThat(taxi.transitions(Taxi.encode(4, 1, 0, 1), WEST))
                .as("wall west of (4, 1)")
                .containsExactly(new Transition(1.0, Taxi.encode(4, 1, 0, 1), -1, false));
        assertThat(taxi.transitions(Taxi.encode(4, 2, 0, 1), WEST))
                .containsExactly(new Transition(1.0, Taxi.encode(4, 1, 0, 1), -1, false));
        assertThat(taxi.transitions(Taxi.encode(4, 2, 0, 1), SOUTH))
                .containsExactly(new Transition(1.0, Taxi.encode(4, 2, 0, 1), -1, false));
        for (int s = 0; s < Taxi.NUM_STATES; s++) {
            for (int a = 0; a < 6; a++) {
                assertThat(taxi.transitions(s, a)).hasSize(1);
            }
        }
        assertThat(taxi.terminalStates()).hasSize(100);
    }

    @Test
    void wholeTableAndInitialDistributionEqualGymnasiums() {
        assertEqualsGymnasium(taxi, GymnasiumTaxiTable.load("/golden/taxi-v4.txt"));
    }

    @Test
    void rainyTableEqualsGymnasiums() {
        Taxi rainy = (Taxi) Envs.make("Taxi-v4", Map.of("is_rainy", true)).unwrapped();
        assertEqualsGymnasium(rainy, GymnasiumTaxiTable.load("/golden/taxi-v4-rainy.txt"));
        assertThat(rainy.transitions(Taxi.encode(2, 2, 0, 1), SOUTH))
                .containsExactly(
                        new Transition(0.8, Taxi.encode(3, 2, 0, 1), -1, false),
                        new Transition((1 - 0.8) / 2, Taxi.encode(2, 3, 0, 1), -1, false),
                        new Transition((1 - 0.8) / 2, Taxi.encode(2, 1, 0, 1), -1, false));
    }

    @Test
    void rainyProbabilityIsAKwarg() {
        Taxi rainy = (Taxi) Envs.make("Taxi-v4", Map.of("is_rainy", true, "rainy_probability", 0.5))
                .unwrapped();
        assertThat(rainy.transitions(Taxi.encode(2, 2, 0, 1), SOUTH))
                .extracting(Transition::prob)
                .containsExactly(0.5, 0.25, 0.25);
        assertThat(rainy.transitions(Taxi.encode(2, 2, 4, 1), DROPOFF))
                .as("pickup and drop-off stay deterministic")
                .containsExactly(new Transition(1.0, Taxi.encode(2, 2, 4, 1), -10, false));
        assertThatThrownBy(() -> Envs.make("Taxi-v4", Map.of("rainy_probability", 1.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rainy_probability=1.5");
        assertThatThrownBy(() -> Envs.make("Taxi-v4", Map.of("fickle_probability", -0.1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fickle_probability=-0.1");
        assertThatThrownBy(() -> Envs.make("Taxi-v4", Map.of("is_rainy", "maybe")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is_rainy=maybe");
    }

    @Test
    void passengerAtTheDestinationMovesAsGymnasiumButTensorsStayAbsorbing() {
        int delivered = Taxi.encode(0, 0, 0, 0);
        assertThat(taxi.isTerminal(delivered)).isTrue();
        assertThat(taxi.transitions(delivered, EAST))
                .containsExactly(new Transition(1.0, Taxi.encode(0, 1, 0, 0), -1, false));
        assertThat(taxi.transitions(delivered, PICKUP))
                .containsExactly(new Transition(1.0, Taxi.encode(0, 0, 4, 0), -1, false));
        double[][][] t = taxi.transitionTensor();
        double[][][] r = taxi.rewardTensor();
        for (int a = 0; a < 6; a++) {
            assertThat(t[delivered][a][delivered]).isEqualTo(1.0);
            assertThat(r[delivered][a][delivered]).isEqualTo(0.0);
        }
    }

    private static void assertEqualsGymnasium(Taxi env, GymnasiumTaxiTable gym) {
        assertThat(env.initialDistribution()).containsExactly(gym.initial());
        for (int s = 0; s < Taxi.NUM_STATES; s++) {
            for (int a = 0; a < 6; a++) {
                assertThat(env.transitions(s, a))
                        .as("state %d action %d", s, a)
                        .isEqualTo(gym.outcomes().get(s).get(a));
            }
        }
    }

    @Test
    void episodesStartInTheThreeHundredWaitingStates() {
        double[] initial = taxi.initialDistribution();
        assertThat(java.util.Arrays.stream(initial).filter(p -> p > 0).count()).isEqualTo(300);
        assertThatThrownBy(taxi::startState)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("random");
        Set<Integer> starts = new HashSet<>();
        for (long seed = 0; seed < 2000; seed++) {
            int s = taxi.reset(seed).obs();
            int[] d = Taxi.decode(s);
            assertThat(d[2]).isLessThan(4).isNotEqualTo(d[3]);
            starts.add(s);
        }
        assertThat(starts.size()).isGreaterThan(280);
        assertThat(taxi.reset(42L).obs()).isEqualTo(taxi.reset(42L).obs());
    }

    @Test
    void infoCarriesProbAndActionMask() {
        Taxi env = new Taxi();
        int s = env.reset(3L).obs();
        Map<String, Object> info = env.reset(3L).info();
        assertThat(info).containsEntry("prob", 1.0);
        assertThat((byte[]) info.get("action_mask")).isEqualTo(Taxi.actionMask(s));
        assertThat(Taxi.actionMask(Taxi.encode(0, 0, 0, 1))).containsExactly(1, 0, 1, 0, 1, 0);
        assertThat(Taxi.actionMask(Taxi.encode(4, 3, 4, 1))).containsExactly(0, 1, 1, 0, 0, 1);
        Step<Integer> step = env.step(SOUTH);
        assertThat((byte[]) step.info().get("action_mask")).isEqualTo(Taxi.actionMask(step.obs()));
        assertThatThrownBy(() -> env.step(6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Discrete(6)");
    }

    @Test
    void registeredAsTaxiV4() {
        assertThat(Envs.spec("Taxi-v4").maxEpisodeSteps()).isEqualTo(200);
        assertThat(Envs.spec("Taxi-v4").rewardThreshold()).isEqualTo(8.0);
    }

    @Test
    void ansiRenderColoursTaxiPassengerAndDestination() {
        Taxi env = new Taxi("ansi");
        env.reset(0L);
        int[] d = Taxi.decode(env.reset(0L).obs());
        String text = (String) env.render();
        assertThat(text).startsWith("+---------+\n").endsWith("+---------+\n\n");
        assertThat(text).contains("\u001b[43m").contains("\u001b[34;1m").contains("\u001b[35m");
        assertThat(text.split("\n")).hasSize(7);
        assertThat(d[2]).isLessThan(4);
        env.step(SOUTH);
        assertThat((String) env.render()).endsWith("  (South)\n");
    }
}
