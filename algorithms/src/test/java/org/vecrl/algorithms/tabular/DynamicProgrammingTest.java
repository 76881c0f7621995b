package org.vecrl.algorithms.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vecrl.core.envs.tabular.GridWorld;
import org.vecrl.core.envs.tabular.NorvigGrid;
import org.vecrl.core.envs.tabular.RewardMode;
import org.vecrl.core.envs.tabular.TableModel;
import org.vecrl.core.envs.tabular.TabularModel;
import org.vecrl.core.envs.tabular.Toy;
import org.vecrl.core.envs.tabular.Transition;
import org.vecrl.core.envs.toytext.FrozenLake;

class DynamicProgrammingTest {
    static final int[] CAUTION = {1, 1, 1, 0, 0, 0, 0, 0, 0, 3, 3, 3};
    static final int[] RISKY = {1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 3};
    static final int[] SUICIDAL = {1, 1, 1, 0, 0, 0, 1, 0, 1, 1, 0, 0};
    static final int[] IMMORTAL = {2, 3, 3, 0, 1, 0, 2, 0, 2, 3, 3, 3};
    static final int[] UP = new int[12];
    private static final List<int[]> NAMED = List.of(CAUTION, RISKY, SUICIDAL, IMMORTAL, UP);

    private final Toy toy = new Toy();
    private final NorvigGrid norvig = new NorvigGrid(-0.04);

    // ---- Toy closed forms (curriculum §1.9) ----

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.5, 0.8, 0.95})
    void toyValuesMatchTheClosedForms(double g) {
        double d = 1 - g * g;
        double[] left = {g / d, 1 / d, 2 + g / d};
        double[] right = {2 * g * g / d, 2 * g / d, 2 / d};
        assertClose(DynamicProgramming.policyEvalExact(toy, new int[] {0, Toy.LEFT, 0}, g), left, 1e-12);
        assertClose(DynamicProgramming.policyEvalExact(toy, new int[] {1, Toy.RIGHT, 1}, g), right, 1e-12);
        assertClose(
                DynamicProgramming.policyEvalIterative(toy, new int[] {0, Toy.LEFT, 0}, g, 1e-13, 100_000),
                left,
                1e-10);
        assertClose(
                DynamicProgramming.policyEvalIterative(toy, new int[] {0, Toy.RIGHT, 0}, g, 1e-13, 100_000),
                right,
                1e-10);
    }

    @Test
    void toyOptimalPolicySwitchesAtGammaOneHalf() {
        assertThat(DynamicProgramming.policyIteration(toy, 0.4, 100)).containsExactly(0, Toy.LEFT, 0);
        assertThat(DynamicProgramming.policyIteration(toy, 0.6, 100)).containsExactly(0, Toy.RIGHT, 0);
        assertThat(DynamicProgramming.policyIteration(toy, 0.5, 100)[Toy.S_0]).isIn(Toy.LEFT, Toy.RIGHT);
        assertThat(DynamicProgramming.valueIteration(toy, 0.6, 1e-12).policy()).containsExactly(0, Toy.RIGHT, 0);
    }

    // ---- Bellman backups by hand ----

    /** State 0: action 0 → (0.5: stay, +1), (0.5: to terminal 1, 0); action 1 → (1.0: to 1, +2). */
    private static TabularModel coin() {
        return new TableModel(
                2,
                2,
                0,
                Set.of(1),
                (s, a) -> s == 1
                        ? List.of(new Transition(1, 1, 0, true))
                        : a == 0
                                ? List.of(new Transition(0.5, 0, 1, false), new Transition(0.5, 1, 0, true))
                                : List.of(new Transition(1, 1, 2, true)));
    }

    @Test
    void backupsMatchHandComputation() {
        TabularModel m = coin();
        double g = 0.9;
        assertThat(DynamicProgramming.policyEvalIterative(m, new int[] {0, 0}, g, 1e-9, 1))
                .containsExactly(0.5, 0.0);
        assertThat(DynamicProgramming.policyEvalIterative(m, new int[] {0, 0}, g, 1e-9, 2)[0])
                .isCloseTo(0.5 + 0.5 * g * 0.5, within(1e-15));
        // V = 0.5·(1 + γV) → V = 0.5 / (1 − 0.45)
        assertThat(DynamicProgramming.policyEvalExact(m, new int[] {0, 0}, g)[0])
                .isCloseTo(0.5 / 0.55, within(1e-14));
        double[][] q = DynamicProgramming.qValues(m, new double[] {10, 0}, g, RewardMode.MEAN);
        assertThat(q[0][0]).isCloseTo(0.5 * (1 + g * 10), within(1e-14));
        assertThat(q[0][1]).isEqualTo(2.0);
        assertThat(DynamicProgramming.policyImprovement(m, new double[] {10, 0}, g))
                .containsExactly(0, 0);
        assertThat(DynamicProgramming.policyImprovement(m, new double[] {0, 0}, g))
                .containsExactly(1, 0);
        assertThat(DynamicProgramming.policyIteration(m, g, 100)).containsExactly(1, 0);
        double[][] mixed = {{0.5, 0.5}, {1, 0}};
        // V = 0.5·0.5·(1 + γV) + 0.5·2 → V = 1.25 / (1 − 0.225)
        assertThat(DynamicProgramming.policyEvalExact(m, mixed, g)[0]).isCloseTo(1.25 / 0.775, within(1e-14));
        assertThat(DynamicProgramming.policyEvalIterative(m, mixed, g, 1e-13, 10_000)[0])
                .isCloseTo(1.25 / 0.775, within(1e-11));
    }

    @Test
    void absorbingStatesGetActionZeroAndValueZero() {
        double[] v = DynamicProgramming.policyEvalExact(norvig, CAUTION, 0.9);
        assertThat(v[3]).isZero();
        assertThat(v[5]).isZero();
        assertThat(v[7]).isZero();
        int[] improved = DynamicProgramming.policyImprovement(norvig, v, 0.9);
        assertThat(improved[3]).isZero();
        assertThat(improved[5]).isZero();
        assertThat(improved[7]).isZero();
    }

    // ---- the curriculum's Norvig tests (§1.8) ----

    @ParameterizedTest
    @EnumSource(RewardMode.class)
    void exactAndIterativeEvaluationAgree(RewardMode mode) {
        List<int[]> policies = new ArrayList<>(NAMED);
        SplittableRandom rng = new SplittableRandom(0);
        for (int i = 0; i < 5; i++) {
            policies.add(rng.ints(12, 0, 4).toArray());
        }
        for (int[] pi : policies) {
            double[] exact = DynamicProgramming.policyEvalExact(norvig, pi, 0.9, mode);
            double[] iterative = DynamicProgramming.policyEvalIterative(norvig, pi, 0.9, 1e-8, 10_000, mode);
            assertThat(exact).hasSize(12);
            for (int s = 0; s < 12; s++) {
                assertThat(iterative[s]).isCloseTo(exact[s], within(1e-7 + 1e-7 * Math.abs(exact[s])));
            }
        }
    }

    @Test
    void policyImprovementPicksTheBestActionOfEveryNamedPolicysValues() {
        for (int[] pi : NAMED) {
            double[] v = DynamicProgramming.policyEvalExact(norvig, pi, 0.9);
            assertThat(DynamicProgramming.policyImprovement(norvig, v, 0.9))
                    .isEqualTo(referenceImprovement(norvig, v, 0.9));
        }
    }

    /** Argmax over the outcome lists (lowest action on ties), independent of the tensors. */
    private static int[] referenceImprovement(TabularModel m, double[] v, double g) {
        int[] pi = new int[m.numStates()];
        for (int s = 0; s < m.numStates(); s++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < m.numActions(); a++) {
                double q = m.transitions(s, a).stream()
                        .mapToDouble(t -> t.prob() * (t.reward() + g * v[t.nextState()]))
                        .sum();
                if (q > best + 1e-12) {
                    best = q;
                    pi[s] = a;
                }
            }
        }
        return pi;
    }

    @Test
    void policyIterationFindsTheCurriculumsPoliciesInSumMode() {
        double[] penalties = {-0.02, -0.1, -10, 10};
        int[][] expected = {CAUTION, RISKY, SUICIDAL, IMMORTAL};
        for (int i = 0; i < penalties.length; i++) {
            NorvigGrid env = new NorvigGrid(penalties[i]);
            int[] found = DynamicProgramming.policyIteration(env, 0.99, 10_000, RewardMode.SUM);
            assertClose(
                    DynamicProgramming.policyEvalExact(env, found, 0.99, RewardMode.SUM),
                    DynamicProgramming.policyEvalExact(env, expected[i], 0.99, RewardMode.SUM),
                    1e-7);
        }
    }

    @Test
    void inMeanModeOnlyTheImmortalOptimumChangesAtTheStart() {
        double[] penalties = {-0.02, -0.1, -10};
        int[][] expected = {CAUTION, RISKY, SUICIDAL};
        for (int i = 0; i < penalties.length; i++) {
            NorvigGrid env = new NorvigGrid(penalties[i]);
            int[] found = DynamicProgramming.policyIteration(env, 0.99, 10_000);
            assertClose(
                    DynamicProgramming.policyEvalExact(env, found, 0.99),
                    DynamicProgramming.policyEvalExact(env, expected[i], 0.99),
                    1e-7);
        }
        NorvigGrid plusTen = new NorvigGrid(10);
        int[] found = DynamicProgramming.policyIteration(plusTen, 0.99, 10_000);
        assertThat(found[8]).isNotEqualTo(IMMORTAL[8]);
        assertThat(DynamicProgramming.policyEvalExact(plusTen, found, 0.99)[8])
                .isGreaterThan(DynamicProgramming.policyEvalExact(plusTen, IMMORTAL, 0.99)[8]);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.04, -0.02, -0.1, -10, 10, 0})
    void valueIterationAgreesWithPolicyIteration(double penalty) {
        NorvigGrid env = new NorvigGrid(penalty);
        for (RewardMode mode : RewardMode.values()) {
            int[] pi = DynamicProgramming.policyIteration(env, 0.99, 10_000, mode);
            DpSolution vi = DynamicProgramming.valueIteration(env, 0.99, 1e-12, 1_000_000, mode);
            assertClose(vi.values(), DynamicProgramming.policyEvalExact(env, pi, 0.99, mode), 1e-8);
            assertClose(DynamicProgramming.policyEvalExact(env, vi.policy(), 0.99, mode), vi.values(), 1e-8);
        }
    }

    @Test
    void gridWorldNorvigPlansLikeNorvig() {
        GridWorld grid = new GridWorld("...G/.#.T/S...", -0.04, 1, -1, -100, 0.3);
        for (RewardMode mode : RewardMode.values()) {
            assertThat(DynamicProgramming.policyIteration(grid, 0.9, 1000, mode))
                    .isEqualTo(DynamicProgramming.policyIteration(norvig, 0.9, 1000, mode));
        }
    }

    // ---- gamma = 1 ----

    @Test
    void undiscountedEvaluationNeedsATerminatingPolicy() {
        assertThatThrownBy(() -> DynamicProgramming.policyEvalExact(toy, new int[] {0, 0, 0}, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gamma = 1")
                .hasMessageContaining("never reaches a terminal state from state 0");
        GridWorld corridor = new GridWorld("S.G", -1, 1, -1, -100, 0);
        assertThatThrownBy(() -> DynamicProgramming.policyEvalExact(corridor, new int[] {3, 3, 3}, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from state 0");
        assertThat(DynamicProgramming.policyEvalExact(corridor, new int[] {1, 1, 0}, 1.0))
                .containsExactly(-1.0 + 1.0, 1.0, 0.0);
        double[] exact = DynamicProgramming.policyEvalExact(norvig, CAUTION, 1.0);
        double[] iterative = DynamicProgramming.policyEvalIterative(norvig, CAUTION, 1.0, 1e-12, 1_000_000);
        assertClose(iterative, exact, 1e-9);
    }

    @Test
    void frozenLakeOptimumIsFourteenSeventeenthsUndiscounted() {
        FrozenLake lake = new FrozenLake();
        DpSolution vi = DynamicProgramming.valueIteration(lake, 1.0, 1e-13, 1_000_000, RewardMode.MEAN);
        assertThat(vi.values()[0]).isCloseTo(14.0 / 17.0, within(1e-9));
        assertThat(DynamicProgramming.policyEvalExact(lake, vi.policy(), 1.0)[0])
                .isCloseTo(14.0 / 17.0, within(1e-9));
    }

    @Test
    void badArgumentsAreRejected() {
        assertThatThrownBy(() -> DynamicProgramming.policyEvalExact(toy, new int[] {0, 0}, 0.9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("length 2")
                .hasMessageContaining("expected 3");
        assertThatThrownBy(() -> DynamicProgramming.policyEvalExact(toy, new int[] {0, 2, 0}, 0.9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("action 2 in state 1");
        assertThatThrownBy(() -> DynamicProgramming.policyIteration(toy, 1.5, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gamma=1.5");
        assertThatThrownBy(
                        () -> DynamicProgramming.policyEvalExact(toy, new double[][] {{1, 0}, {0.5, 0.2}, {1, 0}}, 0.9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1")
                .hasMessageContaining("sums to 0.7");
    }

    static void assertClose(double[] actual, double[] expected, double tol) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("index %d", i).isCloseTo(expected[i], within(tol));
        }
    }
}
