package org.vecrl.core.envs.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.EnvSpec;
import org.vecrl.core.env.Envs;
import org.vecrl.core.env.Reset;
import org.vecrl.core.env.Seeding;
import org.vecrl.core.env.Step;
import org.vecrl.core.math.ArgMax;
import org.vecrl.core.spaces.Discrete;

class MultiArmedBanditTest {

    @Test
    void spacesAndResetFollowTheCurriculum() {
        MultiArmedBandit env = new MultiArmedBandit(10, true);
        assertThat(env.actionSpace()).isEqualTo(new Discrete(10));
        assertThat(env.observationSpace()).isEqualTo(new Discrete(1));
        Reset<Integer> r = env.reset(3);
        assertThat(r.obs()).isZero();
        assertThat(r.info()).isEmpty();
    }

    @Test
    void stationaryMeansAndRewardsComeFromTheEnvGeneratorInOrder() {
        MultiArmedBandit env = new MultiArmedBandit(10, true);
        env.reset(42);
        RandomGenerator reference = Seeding.generator(42L);
        double[] means = new double[10];
        for (int k = 0; k < 10; k++) {
            means[k] = reference.nextGaussian();
        }
        assertThat(env.armRewardMeans()).containsExactly(means);
        assertThat(env.bestArm()).isEqualTo(ArgMax.of(means));
        for (int t = 0; t < 5; t++) {
            int arm = (3 * t) % 10;
            Step<Integer> s = env.step(arm);
            assertThat(s.reward()).isEqualTo(means[arm] + reference.nextGaussian());
            assertThat(s.obs()).isZero();
            assertThat(s.terminated()).isFalse();
            assertThat(s.truncated()).isFalse();
            assertThat(s.info()).containsExactly(Map.entry(MultiArmedBandit.BEST_ARM, ArgMax.of(means)));
        }
        assertThat(env.armRewardMeans()).containsExactly(means);
    }

    @Test
    void nonStationaryMeansStartAtZeroAndDriftBeforeTheReward() {
        MultiArmedBandit env = new MultiArmedBandit(4, false);
        env.reset(7);
        assertThat(env.armRewardMeans()).containsExactly(0, 0, 0, 0);
        assertThat(env.bestArm()).isZero();
        RandomGenerator reference = Seeding.generator(7L);
        double[] means = new double[4];
        for (int t = 0; t < 3; t++) {
            for (int k = 0; k < 4; k++) {
                means[k] += 0.01 * reference.nextGaussian();
            }
            Step<Integer> s = env.step(2);
            assertThat(s.reward()).isEqualTo(means[2] + reference.nextGaussian());
            assertThat(s.info()).containsEntry(MultiArmedBandit.BEST_ARM, ArgMax.of(means));
        }
        assertThat(env.armRewardMeans()).containsExactly(means);
    }

    @Test
    void sameSeedGivesEveryArmTheSameNoise() {
        MultiArmedBandit a = new MultiArmedBandit(10, true);
        MultiArmedBandit b = new MultiArmedBandit(10, true);
        a.reset(5);
        b.reset(5);
        double[] means = a.armRewardMeans();
        for (int t = 0; t < 20; t++) {
            int armA = t % 10;
            int armB = 9 - armA;
            double noiseA = a.step(armA).reward() - means[armA];
            double noiseB = b.step(armB).reward() - means[armB];
            assertThat(noiseA).isCloseTo(noiseB, offset(1e-12));
        }
    }

    @Test
    void seededResetRepeatsAndUnseededResetContinuesTheStream() {
        MultiArmedBandit env = new MultiArmedBandit(10, true);
        env.reset(11);
        double[] first = env.armRewardMeans();
        env.reset();
        assertThat(env.armRewardMeans()).isNotEqualTo(first);
        env.reset(11);
        assertThat(env.armRewardMeans()).containsExactly(first);
    }

    @Test
    void invalidArmsAndArmCountsAreRejectedWithTheirValue() {
        MultiArmedBandit env = new MultiArmedBandit(10, true);
        assertThatThrownBy(() -> env.step(10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("arm 10")
                .hasMessageContaining("Discrete(10)");
        assertThatThrownBy(() -> env.step(-1)).hasMessageContaining("arm -1");
        assertThatThrownBy(() -> env.step(null)).hasMessageContaining("arm null");
        assertThatThrownBy(() -> new MultiArmedBandit(0, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("num_arms=0");
    }

    @Test
    void registeredTestbedHasTheCurriculumSpecAndTimeLimit() {
        EnvSpec spec = Envs.spec(BanditEnvs.TESTBED);
        assertThat(spec.maxEpisodeSteps()).isEqualTo(1000);
        assertThat(spec.rewardThreshold()).isEqualTo(1.0);
        assertThat(spec.nondeterministic()).isTrue();
        assertThat(spec.kwargs()).containsExactly(Map.entry("num_arms", 10), Map.entry("stationary", true));

        Env<Integer, Integer> env = Envs.make(BanditEnvs.TESTBED, Map.of(), Integer.class, Integer.class);
        env.reset(0);
        for (int t = 1; t < 1000; t++) {
            assertThat(env.step(0).done()).isFalse();
        }
        Step<Integer> last = env.step(0);
        assertThat(last.truncated()).isTrue();
        assertThat(last.terminated()).isFalse();
    }

    @Test
    void makeOverridesArmsAndStationarity() {
        Env<?, ?> env = Envs.make(BanditEnvs.TESTBED, Map.of("num_arms", 5, "stationary", false));
        MultiArmedBandit bandit = (MultiArmedBandit) env.unwrapped();
        assertThat(bandit.numArms()).isEqualTo(5);
        assertThat(bandit.stationary()).isFalse();
        assertThat(env.actionSpace()).isEqualTo(new Discrete(5));
        assertThatThrownBy(() -> Envs.make(BanditEnvs.TESTBED, Map.of("render_mode", "human")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("render_mode 'human'");
    }

    /** The testbed reads its kwargs like every built-in env: text values parse, wrong ones name the value. */
    @Test
    void kwargsAreParsedWithNamedErrors() {
        MultiArmedBandit bandit =
                (MultiArmedBandit) Envs.make(BanditEnvs.TESTBED, Map.of("num_arms", "3", "stationary", "false"))
                        .unwrapped();
        assertThat(bandit.numArms()).isEqualTo(3);
        assertThat(bandit.stationary()).isFalse();
        assertThatThrownBy(() -> Envs.make(BanditEnvs.TESTBED, Map.of("num_arms", 2.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kwarg num_arms=2.5: expected an integer");
        assertThatThrownBy(() -> Envs.make(BanditEnvs.TESTBED, Map.of("stationary", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kwarg stationary=1: expected true or false");
    }
}
