package org.vecrl.algorithms.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BanditAgentsTest {
    private static final Map<String, Object> NO_INFO = Map.of();

    @Test
    void rewardAveragingKeepsTheExactSampleMean() {
        RewardAveraging agent = new RewardAveraging(3, 0.0, 0.0);
        agent.observe(1, 1.0, NO_INFO);
        agent.observe(1, 2.0, NO_INFO);
        agent.observe(1, 6.0, NO_INFO);
        agent.observe(2, -0.5, NO_INFO);
        assertThat(agent.estimates()).containsExactly(0.0, 3.0, -0.5);
        assertThat(agent.counts()).containsExactly(0, 3, 1);
        assertThat(agent.getAction()).isEqualTo(1);
    }

    @Test
    void optimisticEstimatesAreReplacedByTheFirstRewardAndTiesGoToTheLowestArm() {
        RewardAveraging agent = new RewardAveraging(3, 0.0, 5.0);
        assertThat(agent.estimates()).containsExactly(5.0, 5.0, 5.0);
        assertThat(agent.getAction()).isZero();
        agent.observe(0, 2.0, NO_INFO);
        assertThat(agent.estimates()).containsExactly(2.0, 5.0, 5.0);
        assertThat(agent.getAction()).isEqualTo(1);
        agent.reset(9);
        assertThat(agent.estimates()).containsExactly(5.0, 5.0, 5.0);
        assertThat(agent.counts()).containsExactly(0, 0, 0);
    }

    @Test
    void fullExplorationIsUniformAndSeedsRepeat() {
        RewardAveraging agent = new RewardAveraging(4, 1.0, 0.0);
        agent.reset(3);
        int[] counts = new int[4];
        List<Integer> first = new ArrayList<>();
        for (int t = 0; t < 4000; t++) {
            int a = agent.getAction();
            counts[a]++;
            if (t < 50) {
                first.add(a);
            }
        }
        for (int c : counts) {
            assertThat(c).isBetween(850, 1150);
        }
        agent.reset(3);
        for (int a : first) {
            assertThat(agent.getAction()).isEqualTo(a);
        }
    }

    @Test
    void ucbPullsEveryArmOnceInOrderFirst() {
        Ucb agent = new Ucb(10, 2.0);
        agent.reset(1);
        for (int expected = 0; expected < 10; expected++) {
            int a = agent.getAction();
            assertThat(a).isEqualTo(expected);
            agent.observe(a, agent.rng().nextGaussian() * 3, NO_INFO);
        }
    }

    @Test
    void ucbScoresFollowTheFormula() {
        Ucb agent = new Ucb(2, 1.0);
        agent.observe(0, 1.0, NO_INFO);
        agent.observe(1, 0.0, NO_INFO);
        agent.observe(1, 0.0, NO_INFO);
        agent.observe(1, 0.0, NO_INFO);
        // t = 5: arm 0 scores 1 + sqrt(ln 5 / 1) = 2.27, arm 1 scores 0 + sqrt(ln 5 / 3) = 0.73.
        assertThat(agent.getAction()).isZero();
        Ucb greedyFirst = new Ucb(2, 1.0);
        greedyFirst.observe(0, -1.0, NO_INFO);
        for (int i = 0; i < 20; i++) {
            greedyFirst.observe(1, 0.0, NO_INFO);
        }
        // t = 22: arm 0 scores -1 + sqrt(ln 22) = 0.758, arm 1 scores sqrt(ln 22 / 20) = 0.393.
        assertThat(greedyFirst.getAction()).isZero();
        greedyFirst.observe(0, -1.0, NO_INFO);
        // t = 23: arm 0 scores -1 + sqrt(ln 23 / 2) = 0.252 < 0.396.
        assertThat(greedyFirst.getAction()).isEqualTo(1);
    }

    @Test
    void cheaterFollowsTheReportedBestArmAndKeepsItOverReset() {
        Cheater agent = new Cheater(10);
        assertThat(agent.getAction()).isZero();
        agent.observe(0, 0.3, Map.of("best_arm", 7));
        assertThat(agent.getAction()).isEqualTo(7);
        agent.reset(2);
        assertThat(agent.getAction()).isEqualTo(7);
        assertThatThrownBy(() -> agent.observe(0, 0.0, NO_INFO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("best_arm");
    }

    @Test
    void gradientBanditUpdatesPreferencesBySuttonAndBarto() {
        GradientBandit agent = new GradientBandit(2, 0.5, false);
        assertThat(agent.probabilities()).containsExactly(0.5, 0.5);
        agent.observe(0, 1.0, NO_INFO);
        assertThat(agent.preferences()).containsExactly(0.25, -0.25);
        double p0 = Math.exp(0.25) / (Math.exp(0.25) + Math.exp(-0.25));
        assertThat(agent.probabilities()[0]).isCloseTo(p0, offset(1e-15));
        assertThat(agent.probabilities()[0] + agent.probabilities()[1]).isCloseTo(1.0, offset(1e-15));
    }

    @Test
    void gradientBaselineIsTheMeanOfEarlierRewards() {
        GradientBandit agent = new GradientBandit(2, 0.5, true);
        agent.observe(0, 4.0, NO_INFO);
        assertThat(agent.preferences()).containsExactly(0.0, 0.0);
        agent.observe(1, 2.0, NO_INFO);
        // baseline 4: H[1] += 0.5 * (2 - 4) * (1 - 0.5) = -0.5; H[0] -= 0.5 * (2 - 4) * 0.5 = +0.5.
        assertThat(agent.preferences()).containsExactly(0.5, -0.5);
        agent.observe(0, 3.0, NO_INFO);
        // baseline (4 + 2) / 2 = 3: no change.
        assertThat(agent.preferences()).containsExactly(0.5, -0.5);
    }

    @Test
    void gradientBanditSamplesFromItsSoftmax() {
        GradientBandit agent = new GradientBandit(2, 0.5, false);
        for (int i = 0; i < 4; i++) {
            agent.observe(1, 1.0, NO_INFO);
        }
        double p1 = agent.probabilities()[1];
        int ones = 0;
        for (int t = 0; t < 10000; t++) {
            ones += agent.getAction();
        }
        assertThat(ones / 10000.0).isCloseTo(p1, offset(0.03));
    }

    @Test
    void thompsonPosteriorIsTheConjugateNormal() {
        ThompsonSampling agent = new ThompsonSampling(3);
        assertThat(agent.posteriorMean(0)).isZero();
        assertThat(agent.posteriorStd(0)).isEqualTo(1.0);
        agent.observe(0, 1.0, NO_INFO);
        agent.observe(0, 3.0, NO_INFO);
        assertThat(agent.posteriorMean(0)).isEqualTo(4.0 / 3);
        assertThat(agent.posteriorStd(0)).isEqualTo(1 / Math.sqrt(3));
        for (int i = 0; i < 200; i++) {
            agent.observe(2, 3.0, NO_INFO);
        }
        // Arm 2's posterior is N(2.985, 1/201); arm 0 (N(1.33, 1/3)) and arm 1 (N(0, 1)) beat it rarely (< 1%).
        int pulls2 = 0;
        for (int t = 0; t < 1000; t++) {
            pulls2 += agent.getAction() == 2 ? 1 : 0;
        }
        assertThat(pulls2).isGreaterThan(980);
        agent.reset(0);
        assertThat(agent.posteriorMean(2)).isZero();
    }

    @Test
    void namesShowTheHyperparameters() {
        assertThat(new RandomAgent(10).name()).isEqualTo("RandomAgent");
        assertThat(new RewardAveraging(10, 0.1, 0).name()).isEqualTo("RewardAveraging(eps=0.1, optimism=0)");
        assertThat(new RewardAveraging(10, 0.01, 5).name()).isEqualTo("RewardAveraging(eps=0.01, optimism=5)");
        assertThat(new Cheater(10).name()).isEqualTo("Cheater");
        assertThat(new Ucb(10, 2).name()).isEqualTo("UCB(c=2)");
        assertThat(new GradientBandit(10, 0.1, true).name()).isEqualTo("GradientBandit(alpha=0.1, baseline=true)");
        assertThat(new ThompsonSampling(10).name()).isEqualTo("ThompsonSampling");
    }

    @Test
    void badHyperparametersAndArmsAreRejected() {
        assertThatThrownBy(() -> new RewardAveraging(10, 1.5, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eps=1.5");
        assertThatThrownBy(() -> new RewardAveraging(10, 0.1, Double.NaN)).hasMessageContaining("optimism=NaN");
        assertThatThrownBy(() -> new Ucb(10, -1)).hasMessageContaining("c=-1.0");
        assertThatThrownBy(() -> new GradientBandit(10, 0, true)).hasMessageContaining("alpha=0.0");
        assertThatThrownBy(() -> new RandomAgent(0)).hasMessageContaining("numArms=0");
        assertThatThrownBy(() -> new Ucb(3, 1).observe(3, 0, NO_INFO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("arm 3");
    }
}
