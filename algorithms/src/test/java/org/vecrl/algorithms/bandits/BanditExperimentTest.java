package org.vecrl.algorithms.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Seeding;

/** The curriculum's §1.4 assertions, with its own settings (200 runs of 1000 steps, base seed 1). */
class BanditExperimentTest {
    private static final int RANDOM = 0;
    private static final int CHEATER = 1;
    private static final int REWARD_AVERAGING = 2;
    private static final int EPS_001 = 3;
    private static final int EPS_001_OPTIMISTIC = 4;

    private static BanditResult curriculum;

    @BeforeAll
    static void runTheCurriculumSettings() {
        List<IntFunction<Agent<Integer>>> agents = List.of(
                RandomAgent::new,
                Cheater::new,
                n -> new RewardAveraging(n, 0.1, 0),
                n -> new RewardAveraging(n, 0.01, 0),
                n -> new RewardAveraging(n, 0.01, 5));
        curriculum = new BanditExperiment(agents, 200, 1000, 1, 10, true, 2).run();
    }

    @Test
    void resultHasOneTablePerAgentRunAndStep() {
        assertThat(curriculum.agentNames())
                .containsExactly(
                        "RandomAgent",
                        "Cheater",
                        "RewardAveraging(eps=0.1, optimism=0)",
                        "RewardAveraging(eps=0.01, optimism=0)",
                        "RewardAveraging(eps=0.01, optimism=5)");
        assertThat(curriculum.runs()).isEqualTo(200);
        assertThat(curriculum.steps()).isEqualTo(1000);
        assertThat(curriculum.rewards()[4][199]).hasSize(1000);
        assertThat(curriculum.seeds()).containsExactly(BanditExperiment.runSeeds(1, 200));
    }

    @Test
    void runSeedsAreIntegersBelowTenThousandFromTheBaseSeed() {
        RandomGenerator base = Seeding.generator(1L);
        int[] seeds = BanditExperiment.runSeeds(1, 50);
        for (int seed : seeds) {
            assertThat(seed).isEqualTo(base.nextInt(10_000)).isBetween(0, 9_999);
        }
    }

    @Test
    void randomAgentPicksTheBestArmOneTimeInTenAndEarnsNothing() {
        assertThat(Math.abs(curriculum.fractionBest(RANDOM) - 0.1)).isLessThanOrEqualTo(0.05);
        assertThat(Math.abs(curriculum.meanReward(RANDOM))).isLessThanOrEqualTo(0.05);
    }

    @Test
    void nobodyBeatsTheCheaterUnderCommonRandomNumbers() {
        float[][] cheater = curriculum.rewards()[CHEATER];
        float[][] averaging = curriculum.rewards()[REWARD_AVERAGING];
        long beaten = 0;
        for (int r = 0; r < cheater.length; r++) {
            for (int t = 0; t < cheater[r].length; t++) {
                beaten += cheater[r][t] < averaging[r][t] ? 1 : 0;
            }
        }
        assertThat(beaten / (200.0 * 1000)).isLessThan(0.001);
        assertThat(curriculum.fractionBestPerStep(CHEATER)[0]).isLessThan(0.5);
        assertThat(curriculum.fractionBestLast(CHEATER, 999)).isEqualTo(1.0);
    }

    @Test
    void optimismHelpsAtSmallEpsilonOverTheWholeRunButNotAtFirst() {
        assertThat(curriculum.fractionBest(EPS_001_OPTIMISTIC)).isGreaterThan(curriculum.fractionBest(EPS_001) + 0.1);
        assertThat(curriculum.meanReward(EPS_001_OPTIMISTIC)).isGreaterThan(curriculum.meanReward(EPS_001));
        double[] optimisticEarly = curriculum.meanRewardPerStep(EPS_001_OPTIMISTIC);
        double[] realisticEarly = curriculum.meanRewardPerStep(EPS_001);
        double optimisticFirst10 = 0;
        double realisticFirst10 = 0;
        for (int t = 0; t < 10; t++) {
            optimisticFirst10 += optimisticEarly[t];
            realisticFirst10 += realisticEarly[t];
        }
        assertThat(optimisticFirst10).isLessThan(realisticFirst10);
    }

    @Test
    void otherAgentsBeatRandomAndTrailTheCheater() {
        List<IntFunction<Agent<Integer>>> agents =
                List.of(n -> new Ucb(n, 2), n -> new GradientBandit(n, 0.1, true), ThompsonSampling::new);
        BanditResult result = new BanditExperiment(agents, 40, 500, 3, 10, true, 2).run();
        for (int a = 0; a < 3; a++) {
            assertThat(result.meanReward(a))
                    .as(result.agentNames().get(a))
                    .isGreaterThan(0.8)
                    .isLessThan(1.6);
            assertThat(result.fractionBestLast(a, 100))
                    .as(result.agentNames().get(a))
                    .isGreaterThan(0.5);
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        List<IntFunction<Agent<Integer>>> agents =
                List.of(RandomAgent::new, n -> new RewardAveraging(n, 0.1, 0), n -> new GradientBandit(n, 0.1, true));
        BanditResult one = new BanditExperiment(agents, 12, 200, 7, 10, false, 1).run();
        AtomicInteger lastProgress = new AtomicInteger();
        BanditResult two = new BanditExperiment(agents, 12, 200, 7, 10, false, 2)
                .run(done -> lastProgress.accumulateAndGet(done, Math::max));
        assertThat(two.rewards()).isDeepEqualTo(one.rewards());
        assertThat(two.wasBest()).isDeepEqualTo(one.wasBest());
        assertThat(lastProgress.get()).isEqualTo(36);
    }

    @Test
    void nonStationaryMeansDriftBeforeTheFirstReward() {
        BanditResult result =
                new BanditExperiment(List.of(n -> new RewardAveraging(n, 0, 0)), 100, 50, 1, 5, false, 1).run();
        // The greedy agent pulls arm 0 first. All means start at 0, but they drift before the first reward, so
        // the best arm at step 1 is uniform over the 5 arms, not the all-zero tie's arm 0.
        assertThat(result.fractionBestPerStep(0)[0]).isBetween(0.08, 0.35);
        assertThat(Math.abs(result.meanReward(0))).isLessThan(0.1);
    }

    @Test
    void movingAverageIsTheValidWindowMean() {
        assertThat(BanditExperiment.movingAverage(new double[] {1, 2, 3, 4, 5}, 2))
                .containsExactly(1.5, 2.5, 3.5, 4.5);
        assertThat(BanditExperiment.movingAverage(new double[] {1, 2, 3, 4, 5}, 5))
                .containsExactly(3.0);
        assertThat(BanditExperiment.movingAverage(new double[] {0.1, 0.2, 0.7}, 1))
                .containsExactly(new double[] {0.1, 0.2, 0.7}, offset(1e-15));
        assertThatThrownBy(() -> BanditExperiment.movingAverage(new double[] {1, 2}, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window 3 for 2 values");
    }

    @Test
    void badSettingsAreRejected() {
        List<IntFunction<Agent<Integer>>> agents = List.of(RandomAgent::new);
        assertThatThrownBy(() -> new BanditExperiment(agents, 1, 1001, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("steps=1001")
                .hasMessageContaining("ArmedBanditTestbed-v0");
        assertThatThrownBy(() -> new BanditExperiment(agents, 0, 10, 1)).hasMessageContaining("runs=0");
        assertThatThrownBy(() -> new BanditExperiment(List.of(), 1, 10, 1)).hasMessageContaining("no agents");
        assertThatThrownBy(() -> new BanditExperiment(List.of(RandomAgent::new, RandomAgent::new), 1, 10, 1).run())
                .hasMessageContaining("RandomAgent appears twice");
    }

    @Test
    void runCountsThatCannotFitAreRefusedBeforeAllocating() {
        List<IntFunction<Agent<Integer>>> one = List.of(RandomAgent::new);
        assertThatThrownBy(() -> new BanditExperiment(one, 2_000_000_000, 1000, 1, 10, true, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "runs=2000000000 of 1000 steps for 1 agents: needs about 9.4 TiB of memory but the maximum heap is ");
        List<IntFunction<Agent<Integer>>> two = List.of(RandomAgent::new, Cheater::new);
        assertThatThrownBy(() -> new BanditExperiment(two, 2_000_000_000, 1, 1, 10, true, 1))
                .hasMessage("runs=2000000000 with 2 agents: expected at most 2147483647 episodes in all");
    }
}
