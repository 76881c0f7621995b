package org.vecrl.core.envs.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NorvigGridTest {
    private static final int UP = 0;
    private static final int RIGHT = 1;

    private final NorvigGrid norvig = new NorvigGrid(-0.04);
    private final double[][][] t = norvig.transitionTensor();

    @Test
    void probabilitiesSumToOneForEveryStateAndAction() {
        for (int s = 0; s < 12; s++) {
            for (int a = 0; a < 4; a++) {
                double sum = 0;
                for (double p : t[s][a]) {
                    sum += p;
                }
                assertThat(sum).as("T[%d][%d]", s, a).isCloseTo(1.0, within(1e-12));
            }
        }
    }

    @Test
    void slipsAndBumpsFollowTheCurriculum() {
        assertThat(t[8][UP][4]).isEqualTo(0.7);
        assertThat(t[8][UP][9]).isEqualTo(0.1);
        assertThat(t[8][UP][8]).isCloseTo(0.2, within(1e-15));
        assertThat(t[0][UP][0]).isCloseTo(0.8, within(1e-15));
        assertThat(t[4][RIGHT][4]).as("the wall at 5 bounces back").isCloseTo(0.7 + 0.1, within(1e-15));
        assertThat(t[2][RIGHT][3]).isEqualTo(0.7);
        assertThat(t[6][RIGHT][7]).isEqualTo(0.7);
    }

    @Test
    void sumModeCountsRepeatedOutcomesTwiceAndMeanModeAveragesThem() {
        double[][][] sum = norvig.rewardTensor(RewardMode.SUM);
        double[][][] mean = norvig.rewardTensor(RewardMode.MEAN);
        for (int a = 0; a < 4; a++) {
            assertThat(sum[8][a][8]).isCloseTo(-0.08, within(1e-15));
            assertThat(mean[8][a][8]).isCloseTo(-0.04, within(1e-15));
        }
        assertThat(sum[0][UP][0]).isCloseTo(-0.08, within(1e-15));
        assertThat(mean[0][UP][0]).isCloseTo(-0.04, within(1e-15));
        assertThat(mean[2][RIGHT][3]).isEqualTo(1.0);
        assertThat(mean[6][RIGHT][7]).isEqualTo(-1.0);
        assertThat(mean[8][UP][5]).as("no outcome, no reward").isZero();
        assertThat(norvig.rewardTensor()).isDeepEqualTo(mean);
    }

    @Test
    void terminalsAndWallAreAbsorbingWithZeroReward() {
        double[][][] r = norvig.rewardTensor(RewardMode.SUM);
        for (int s : new int[] {3, 5, 7}) {
            for (int a = 0; a < 4; a++) {
                assertThat(t[s][a][s]).isEqualTo(1.0);
                assertThat(r[s][a][s]).isZero();
            }
        }
        assertThat(norvig.terminalStates()).containsExactly(3, 7);
        assertThat(norvig.startState()).isEqualTo(8);
    }

    @Test
    void meanModeGivesTheExpectedRewardOfEachStateAction() {
        double[][][] mean = norvig.rewardTensor(RewardMode.MEAN);
        for (int s = 0; s < 12; s++) {
            for (int a = 0; a < 4; a++) {
                double fromTensor = 0;
                for (int next = 0; next < 12; next++) {
                    fromTensor += t[s][a][next] * mean[s][a][next];
                }
                double fromOutcomes = norvig.transitions(s, a).stream()
                        .mapToDouble(o -> o.prob() * o.reward())
                        .sum();
                assertThat(fromTensor).isCloseTo(fromOutcomes, within(1e-15));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.04, -0.02, -0.1, -10, 10, 0})
    void gridWorldReproducesNorvigInBothRewardModes(double penalty) {
        NorvigGrid hand = new NorvigGrid(penalty);
        GridWorld generic = new GridWorld("...G/.#.T/S...", penalty, 1.0, -1.0, -100.0, 0.3);
        assertThat(generic.numStates()).isEqualTo(12);
        assertThat(generic.startState()).isEqualTo(hand.startState());
        assertThat(generic.terminalStates()).isEqualTo(hand.terminalStates());
        assertClose(generic.transitionTensor(), hand.transitionTensor());
        for (RewardMode mode : RewardMode.values()) {
            assertClose(generic.rewardTensor(mode), hand.rewardTensor(mode));
        }
    }

    @Test
    void tensorsAreFreshCopies() {
        double[][][] first = norvig.transitionTensor();
        first[8][UP][4] = 99;
        assertThat(norvig.transitionTensor()[8][UP][4]).isEqualTo(0.7);
    }

    /** 0.3 / 3 is one ulp below 0.1, so the generic grid matches the hand-coded one to rounding. */
    private static void assertClose(double[][][] actual, double[][][] expected) {
        for (int s = 0; s < expected.length; s++) {
            for (int a = 0; a < expected[s].length; a++) {
                for (int n = 0; n < expected[s][a].length; n++) {
                    assertThat(actual[s][a][n]).as("[%d][%d][%d]", s, a, n).isCloseTo(expected[s][a][n], within(1e-12));
                }
            }
        }
    }
}
