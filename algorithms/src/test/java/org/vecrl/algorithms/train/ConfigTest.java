package org.vecrl.algorithms.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.algorithms.dqn.DqnHyperparameters;
import org.vecrl.algorithms.dqn.TdLoss;
import org.vecrl.nn.Engine;

/** Layered config resolution: defaults, preset, YAML file, flags and --set, with bad keys and values rejected. */
class ConfigTest {
    private static final Algorithm<?> DQN = Algorithms.get("dqn");

    private static RunConfig resolve(
            String preset, Map<String, Object> file, Map<String, Object> flags, List<String> sets) {
        return RunConfig.resolve(DQN, "CartPole-v1", new RunConfig.Sources(preset, file, "test.yaml", flags, sets));
    }

    @Test
    void laterLayersOverrideEarlierOnes() {
        RunConfig c = resolve(
                "curriculum",
                Map.of("learning_rate", "1e-3", "gamma", 0.9),
                Map.of("seed", 7),
                List.of("gamma=0.5", "engine=nd4j", "loss=HUBER", "hidden_sizes=[16, 8]", "double_dqn=true"));
        DqnHyperparameters a = (DqnHyperparameters) c.hyperparameters();
        assertThat(a.learningRate()).isEqualTo(1e-3);
        assertThat(a.gamma()).isEqualTo(0.5);
        assertThat(a.engine()).isEqualTo(Engine.ND4J);
        assertThat(a.loss()).isEqualTo(TdLoss.HUBER);
        assertThat(a.hiddenSizes()).containsExactly(16, 8);
        assertThat(a.doubleDqn()).isTrue();
        assertThat(c.run().seed()).isEqualTo(7);
        assertThat(c.run().totalTimesteps()).isEqualTo(500_000);
    }

    @Test
    void curriculumPresetIsTheDqnHyperparametersDefaultsAndTheEnvPresetIsUsedByDefault() {
        RunConfig curriculum = resolve("curriculum", null, null, null);
        assertThat(Config.toMap(curriculum.hyperparameters())).isEqualTo(Config.toMap(DqnHyperparameters.defaults()));
        RunConfig cartPole = resolve(null, null, null, null);
        assertThat(cartPole.toMap()).isNotEqualTo(curriculum.toMap());
    }

    @Test
    void cartPolePresetIsTheDefaultsWithCleanRlDeviations() {
        Map<String, Object> expected =
                new java.util.LinkedHashMap<>(Config.toMap(RunSettings.defaults("dqn", "CartPole-v1")));
        expected.putAll(Config.toMap(DqnHyperparameters.defaults()));
        expected.putAll(
                Map.of("weight_decay", 0.0, "end_e", 0.05, "exploration_fraction", 0.5, "target_update_interval", 50));
        assertThat(resolve(null, null, null, null).toMap()).isEqualTo(expected);
    }

    @Test
    void unknownKeysAndBadValuesAreRejectedWithTheValidKeys() {
        assertThatThrownBy(() -> resolve(null, null, null, List.of("learning_rat=1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "unknown config key 'learning_rat' in --set for dqn: valid keys are [algo, env, seed,")
                .hasMessageContaining("learning_rate");
        assertThatThrownBy(() -> resolve(null, Map.of("nope", 1), null, null))
                .hasMessageContaining("unknown config key 'nope' in test.yaml");
        assertThatThrownBy(() -> resolve(null, null, null, List.of("batch_size=abc")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("config key batch_size=abc: expected an integer");
        assertThatThrownBy(() -> resolve(null, null, null, List.of("engine=gpu")))
                .hasMessage("config key engine=gpu: expected one of [nd4j, simd, cuda]");
        assertThatThrownBy(() -> resolve(null, null, null, List.of("gamma=2")))
                .hasMessage("gamma=2.0: expected in [0, 1]");
        assertThatThrownBy(() -> resolve(null, null, null, List.of("gamma")))
                .hasMessage("--set gamma: expected key=value");
        assertThatThrownBy(() -> resolve("nosuch", null, null, null))
                .hasMessageContaining("no preset 'nosuch' for dqn");
        assertThatThrownBy(() -> resolve(null, Map.of("env", "Pendulum-v1"), null, null))
                .hasMessageContaining("test.yaml sets env=Pendulum-v1 but this run has env=CartPole-v1");
    }

    @Test
    void yamlRoundTrip(@TempDir Path tmp) throws Exception {
        RunConfig c = resolve(null, null, null, List.of("learning_rate=2.5e-4"));
        Path f = tmp.resolve("config.yaml");
        Files.writeString(f, Config.toYaml(c.toMap()));
        assertThat(RunConfig.fromMap(Config.readYaml(f), f.toString()).toMap()).isEqualTo(c.toMap());
        assertThat(Config.snakeCase("targetUpdateInterval")).isEqualTo("target_update_interval");
    }

    @Test
    void nonFiniteNumbersAreRejected() {
        RunConfig.Sources nan = new RunConfig.Sources(null, null, null, null, List.of("target_kl=NaN"));
        assertThatThrownBy(() -> RunConfig.resolve(Algorithms.get("ppo"), "CartPole-v1", nan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("config key target_kl=NaN: expected a finite number");
        assertThatThrownBy(() -> resolve(null, Map.of("learning_rate", Double.POSITIVE_INFINITY), null, null))
                .hasMessage("config key learning_rate=Infinity: expected a finite number");
        assertThatThrownBy(() -> resolve(null, null, null, List.of("gamma=-Infinity")))
                .hasMessage("config key gamma=-Infinity: expected a finite number");
    }

    @Test
    void aKeyTwiceInAYamlFileIsRejectedNamingTheKeyAndTheFile(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("twice.yaml");
        Files.writeString(f, "learning_rate: 1e-3\ngamma: 0.9\nlearning_rate: 5e-4\n");
        assertThatThrownBy(() -> Config.readYaml(f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot parse YAML " + f)
                .hasMessageContaining("duplicate key learning_rate");
    }
}
