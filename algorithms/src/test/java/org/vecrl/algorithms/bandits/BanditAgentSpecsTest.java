package org.vecrl.algorithms.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BanditAgentSpecsTest {

    private static String nameOf(String spec) {
        return BanditAgentSpecs.parse(spec).apply(10).name();
    }

    @Test
    void parsesEveryKnownAgent() {
        assertThat(nameOf("random")).isEqualTo("RandomAgent");
        assertThat(nameOf("eps-greedy")).isEqualTo("RewardAveraging(eps=0.1, optimism=0)");
        assertThat(nameOf("eps-greedy(eps=0.1)")).isEqualTo("RewardAveraging(eps=0.1, optimism=0)");
        assertThat(nameOf("eps-greedy(eps=0.01,optimism=5)")).isEqualTo("RewardAveraging(eps=0.01, optimism=5)");
        assertThat(nameOf(" ucb( c = 2 ) ")).isEqualTo("UCB(c=2)");
        assertThat(nameOf("cheater")).isEqualTo("Cheater");
        assertThat(nameOf("gradient(alpha=0.1,baseline=true)")).isEqualTo("GradientBandit(alpha=0.1, baseline=true)");
        assertThat(nameOf("gradient(baseline=false)")).isEqualTo("GradientBandit(alpha=0.1, baseline=false)");
        assertThat(nameOf("thompson")).isEqualTo("ThompsonSampling");
    }

    @Test
    void factoriesBuildFreshAgentsForTheGivenArms() {
        var factory = BanditAgentSpecs.parse("eps-greedy(eps=0)");
        RewardAveraging a = (RewardAveraging) factory.apply(5);
        RewardAveraging b = (RewardAveraging) factory.apply(5);
        assertThat(a).isNotSameAs(b);
        assertThat(a.numArms()).isEqualTo(5);
    }

    @Test
    void listsSplitOnTopLevelCommas() {
        List<String> names =
                BanditAgentSpecs.parseList(
                                "random,eps-greedy(eps=0.1),eps-greedy(eps=0.01,optimism=5),ucb(c=2),cheater")
                        .stream()
                        .map(f -> f.apply(10).name())
                        .toList();
        assertThat(names)
                .containsExactly(
                        "RandomAgent",
                        "RewardAveraging(eps=0.1, optimism=0)",
                        "RewardAveraging(eps=0.01, optimism=5)",
                        "UCB(c=2)",
                        "Cheater");
    }

    @Test
    void badSpecsNameTheProblemAndTheValidChoices() {
        assertThatThrownBy(() -> BanditAgentSpecs.parse("greedy"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown agent 'greedy'")
                .hasMessageContaining("[random, eps-greedy, ucb, cheater, gradient, thompson]");
        assertThatThrownBy(() -> BanditAgentSpecs.parse("ucb(alpha=1)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown key 'alpha'")
                .hasMessageContaining("[c]");
        assertThatThrownBy(() -> BanditAgentSpecs.parse("random(eps=1)"))
                .hasMessageContaining("random takes no arguments");
        assertThatThrownBy(() -> BanditAgentSpecs.parse("ucb(c=abc)"))
                .hasMessageContaining("c=abc")
                .hasMessageContaining("expected a number");
        assertThatThrownBy(() -> BanditAgentSpecs.parse("ucb(c)")).hasMessageContaining("has no value");
        assertThatThrownBy(() -> BanditAgentSpecs.parse("ucb(c=1,c=2)")).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> BanditAgentSpecs.parse("gradient(baseline=yes)"))
                .hasMessageContaining("expected true or false");
        assertThatThrownBy(() -> BanditAgentSpecs.parse("eps-greedy(eps=2)")).hasMessageContaining("eps=2.0");
        assertThatThrownBy(() -> BanditAgentSpecs.parseList("random,,ucb")).hasMessageContaining("empty entry");
        assertThatThrownBy(() -> BanditAgentSpecs.parseList("ucb(c=2")).hasMessageContaining("unbalanced");
    }
}
