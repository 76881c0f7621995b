package org.vecrl.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomSearchTest {

    @Test
    void drawsWithinTheDistributions() {
        Distribution log = Distribution.parse("learning_rate=loguniform(1e-5, 1e-2)");
        Distribution uni = Distribution.parse("clip_coef=uniform(0.1,0.3)");
        Distribution choice = Distribution.parse("num_envs=choice(4,8)");
        assertThat(log.option()).isEqualTo("learning_rate=loguniform(1e-5,1e-2)");
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            assertThat(Double.parseDouble(log.sample(rng))).isBetween(1e-5, 1e-2);
            assertThat(Double.parseDouble(uni.sample(rng))).isBetween(0.1, 0.3);
            assertThat(choice.sample(rng)).isIn("4", "8");
        }
    }

    @Test
    void rejectsBadDistributionsNamingThem() {
        assertThatThrownBy(() -> Distribution.parse("lr=normal(0,1)")).hasMessageContaining("--dist lr=normal(0,1)");
        assertThatThrownBy(() -> Distribution.parse("lr=loguniform(0,1)")).hasMessageContaining("with a > 0");
        assertThatThrownBy(() -> Distribution.parse("lr=uniform(2,1)")).hasMessageContaining("two bounds a < b");
        assertThatThrownBy(() -> Distribution.parse("lr=uniform(x,1)")).hasMessageContaining("bound 1 of [x, 1]");
    }

    @Test
    void theSameSeedGivesTheSameDistinctConfigurations() {
        RandomSearch search = new RandomSearch(5, List.of(Distribution.parse("clip_coef=uniform(0.1,0.3)")), 7);
        List<Configuration> configs = search.configurations();
        assertThat(configs).hasSize(5).doesNotHaveDuplicates().isEqualTo(search.configurations());
        assertThat(configs.get(0).id()).startsWith("clip_coef=0.");
        assertThat(new RandomSearch(5, search.distributions(), 8).configurations())
                .isNotEqualTo(configs);
        assertThatThrownBy(() ->
                        new RandomSearch(3, List.of(Distribution.parse("num_envs=choice(4,8)")), 1).configurations())
                .hasMessageContaining("give only 2 distinct configurations");
    }

    @Test
    void halvingRungsGrowByEtaBelowTheBudget() {
        Halving h = new Halving(3, 1000);
        assertThat(h.rungs(10_000)).containsExactly(1000L, 3000L, 9000L);
        assertThat(h.rungs(9000)).containsExactly(1000L, 3000L);
        assertThat(h.keep(9)).isEqualTo(3);
        assertThat(h.keep(4)).isEqualTo(2);
        assertThat(h.keep(1)).isEqualTo(1);
        assertThatThrownBy(() -> new Halving(1, 1000)).hasMessageContaining("ETA >= 2");
    }

    @Test
    void aRandomSpecRoundTripsAndExcludesTheGrid() {
        RandomSearch search = new RandomSearch(3, List.of(Distribution.parse("clip_coef=uniform(0.1,0.3)")), 7);
        SweepSpec spec = new SweepSpec(
                "ppo", "CartPole-v1", null, Map.of(), List.of(1L), List.of(), search, new Halving(2, 1024));
        assertThat(SweepSpec.fromMap(spec.toMap(), "test")).isEqualTo(spec);
        assertThat(spec.configurations()).isEqualTo(search.configurations());
        assertThatThrownBy(() -> new SweepSpec(
                        "ppo",
                        "CartPole-v1",
                        null,
                        Map.of("gamma", List.of("0.9")),
                        List.of(1L),
                        List.of(),
                        search,
                        null))
                .hasMessageContaining("--grid and --random exclude each other");
        assertThatThrownBy(() -> new SweepSpec(
                        "ppo", "CartPole-v1", null, Map.of(), List.of(1L), List.of(), null, new Halving(2, 1024)))
                .hasMessageContaining("--halving stops weak configurations of a random search");
    }
}
