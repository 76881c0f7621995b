package org.vecrl.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepSpecTest {

    private static SweepSpec spec(List<String> grid, List<String> sets) {
        return new SweepSpec("ppo", "CartPole-v1", null, SweepSpec.parseGrid(grid), List.of(1L, 2L), sets);
    }

    @Test
    void expandsTheGridFirstKeySlowest() {
        SweepSpec s = spec(List.of("learning_rate=1e-4,2.5e-4,1e-3", "clip_coef=0.1,0.2"), List.of());
        List<Configuration> configs = s.configurations();
        assertThat(configs)
                .extracting(Configuration::id)
                .containsExactly(
                        "learning_rate=1e-4,clip_coef=0.1",
                        "learning_rate=1e-4,clip_coef=0.2",
                        "learning_rate=2.5e-4,clip_coef=0.1",
                        "learning_rate=2.5e-4,clip_coef=0.2",
                        "learning_rate=1e-3,clip_coef=0.1",
                        "learning_rate=1e-3,clip_coef=0.2");
        assertThat(configs.get(3).values())
                .containsExactly(Map.entry("learning_rate", "2.5e-4"), Map.entry("clip_coef", "0.2"));
    }

    @Test
    void oneRunPerConfigurationAndSeedUnderRuns() {
        SweepSpec s = spec(List.of("clip_coef=0.1,0.2"), List.of("total_timesteps=1000"));
        List<SweepRun> runs = s.runs(Path.of("sw"));
        assertThat(runs)
                .extracting(SweepRun::name)
                .containsExactly(
                        "clip_coef=0.1-seed1", "clip_coef=0.1-seed2", "clip_coef=0.2-seed1", "clip_coef=0.2-seed2");
        assertThat(runs.get(0).path()).isEqualTo(Path.of("sw", "runs", "clip_coef=0.1-seed1"));
        assertThat(spec(List.of(), List.of()).configurations())
                .extracting(Configuration::id)
                .containsExactly("base");
    }

    @Test
    void aRunResolvesAsVecrlTrainWould() {
        SweepRun run = spec(List.of("clip_coef=0.1,0.2"), List.of("total_timesteps=1000"))
                .runs(Path.of("sw"))
                .get(3);
        Map<String, Object> config = run.resolve().toMap();
        assertThat(config)
                .containsEntry("seed", 2L)
                .containsEntry("total_timesteps", 1000L)
                .containsEntry("clip_coef", 0.2);
        assertThat(config).containsEntry("num_envs", 4); // from the CartPole preset
    }

    @Test
    void mapFormRoundTrips() {
        SweepSpec s = spec(List.of("learning_rate=1e-4,1e-3"), List.of("total_timesteps=1000"));
        assertThat(SweepSpec.fromMap(s.toMap(), "test")).isEqualTo(s);
    }

    @Test
    void rejectsBadGridsNamingTheOption() {
        assertThatThrownBy(() -> SweepSpec.parseGrid(List.of("learning_rate")))
                .hasMessageContaining("--grid learning_rate: expected key=value1,value2");
        assertThatThrownBy(() -> SweepSpec.parseGrid(List.of("clip_coef=0.1,,0.2")))
                .hasMessageContaining("value '' is empty");
        assertThatThrownBy(() -> SweepSpec.parseGrid(List.of("clip_coef=0.1,0.1")))
                .hasMessageContaining("value '0.1' is empty or given twice");
        assertThatThrownBy(() -> SweepSpec.parseGrid(List.of("clip_coef=0.1", "clip_coef=0.2")))
                .hasMessageContaining("--grid clip_coef is given twice");
        assertThatThrownBy(() -> spec(List.of("seed=1,2"), List.of()))
                .hasMessageContaining("'seed' is set by the sweep");
        assertThatThrownBy(() -> spec(List.of("clip_coef=0.1,0.2"), List.of("clip_coef=0.3")))
                .hasMessageContaining("key 'clip_coef' is both swept");
    }

    @Test
    void rejectsAnInvalidConfigurationNamingKeyAndValue() {
        assertThatThrownBy(() -> Sweep.validate(spec(List.of("clip_coef=0.1,abc"), List.of()), Path.of("sw")))
                .hasMessageContaining("clip_coef=abc")
                .hasMessageContaining("clip_coef");
        assertThatThrownBy(() -> Sweep.validate(spec(List.of("lr=0.1"), List.of()), Path.of("sw")))
                .hasMessageContaining("unknown config key 'lr'");
        assertThatThrownBy(() -> Sweep.validate(spec(List.of(), List.of("num_envs=0")), Path.of("sw")))
                .hasMessageContaining("num_envs=0");
    }
}
