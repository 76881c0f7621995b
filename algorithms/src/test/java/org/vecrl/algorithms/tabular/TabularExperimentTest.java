package org.vecrl.algorithms.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Envs;
import org.vecrl.core.envs.tabular.RewardMode;

class TabularExperimentTest {

    @SuppressWarnings("unchecked")
    private static Env<Integer, Integer> make(String id) {
        return (Env<Integer, Integer>) Envs.make(id, Map.of());
    }

    private static TabularExperiment experiment(String algo, int episodes) {
        return new TabularExperiment(
                TabularAlgorithm.parse(algo),
                0.9,
                episodes,
                new TabularConfig(0.1, 0.5),
                0.9,
                RewardMode.MEAN,
                null,
                3);
    }

    @Test
    void valueIterationReturnsTheDynamicProgrammingSolution() {
        Env<Integer, Integer> env = make("ToyGym-v0");
        TabularResult r = experiment("value-iteration", 5).run(env, done -> {});
        DpSolution dp =
                DynamicProgramming.valueIteration(TabularExperiment.model(env), 0.9, 1e-10, 1_000_000, RewardMode.MEAN);
        assertThat(r.policy()).containsExactly(dp.policy());
        assertThat(r.values()).containsExactly(dp.values());
        assertThat(r.returns()).isNull();
    }

    @Test
    void learnersReportProgressInChunksAndTheSameSeedGivesTheSameResult() {
        List<Integer> progress = new ArrayList<>();
        TabularResult a = experiment("q-learning", 250).run(make("ToyGym-v0"), progress::add);
        assertThat(progress).hasSize(125).startsWith(2, 4).endsWith(250);
        assertThat(a.returns()).hasSize(250);
        assertThat(a.maxSteps()).as("the env's time limit").isEqualTo(3);
        TabularResult b = experiment("q-learning", 250).run(make("ToyGym-v0"), done -> {});
        assertThat(b.returns()).containsExactly(a.returns());
        assertThat(b.greedyReturn()).isEqualTo(a.greedyReturn());
    }

    @Test
    void badSettingsAndNonTabularEnvsAreRejected() {
        assertThatThrownBy(() -> experiment("magic", 1)).hasMessageContaining("unknown algo 'magic'");
        assertThatThrownBy(() -> experiment("sarsa", 0)).hasMessage("episodes=0: expected > 0");
        assertThatThrownBy(() -> experiment("sarsa", 3).run(make("CartPole-v1"), done -> {}))
                .hasMessageContaining("env CartPole-v1 is not tabular");
    }
}
