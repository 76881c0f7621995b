package org.vecrl.algorithms.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vecrl.algorithms.train.Algorithm;
import org.vecrl.algorithms.train.Algorithms;
import org.vecrl.algorithms.train.Config;
import org.vecrl.algorithms.train.Defaults;
import org.vecrl.algorithms.train.RunConfig;
import org.vecrl.algorithms.train.RunSettings;

class PresetsTest {

    @ParameterizedTest
    @CsvSource({
        "ppo, CartPole-v1",
        "ppo, Acrobot-v1",
        "ppo, Pendulum-v1",
        "ppo, MountainCarContinuous-v0",
        "a2c, CartPole-v1",
        "reinforce, CartPole-v1"
    })
    void presetResolves(String algo, String env) {
        RunConfig c = RunConfig.resolve(
                Algorithms.get(algo), env, new RunConfig.Sources(null, Map.of(), null, Map.of(), List.of()));
        assertThat(c.run().env()).isEqualTo(env);
        assertThat(c.run().totalTimesteps()).isPositive();
    }

    @Test
    void cartPolePresetIsCleanRl() {
        RunConfig c = RunConfig.resolve(
                Algorithms.get("ppo"), "CartPole-v1", new RunConfig.Sources(null, Map.of(), null, Map.of(), List.of()));
        PpoHyperparameters h = (PpoHyperparameters) c.hyperparameters();
        assertThat(c.run().numEnvs()).isEqualTo(4);
        assertThat(c.run().totalTimesteps()).isEqualTo(500_000);
        assertThat(h.numSteps()).isEqualTo(128);
        assertThat(h.numMinibatches()).isEqualTo(4);
        assertThat(h.updateEpochs()).isEqualTo(4);
        assertThat(h.learningRate()).isEqualTo(2.5e-4);
        assertThat(h.clipCoef()).isEqualTo(0.2);
        assertThat(h.entCoef()).isEqualTo(0.01);
        assertThat(h.vfCoef()).isEqualTo(0.5);
        assertThat(h.maxGradNorm()).isEqualTo(0.5);
        assertThat(h.gaeLambda()).isEqualTo(0.95);
    }

    @Test
    void zooPpoPresetsUseStableBaselinesValueLossAndVecNormalize() {
        PpoHyperparameters acrobot = ppoPreset("Acrobot-v1");
        assertThat(acrobot.valueLossHalf()).isFalse();
        assertThat(acrobot.normalizeObs()).isTrue();
        assertThat(acrobot.normalizeReward())
                .as("zoo normalize: true is VecNormalize of obs and reward")
                .isTrue();
        assertThat(acrobot.numMinibatches()).as("SB3 batch_size 64 of 16 x 256").isEqualTo(64);
        assertThat(acrobot.gaeLambda()).isEqualTo(0.94);
        PpoHyperparameters pendulum = ppoPreset("Pendulum-v1");
        assertThat(pendulum.valueLossHalf()).isFalse();
        assertThat(pendulum.gamma()).isEqualTo(0.9);
        assertThat(pendulum.normalizeObs() || pendulum.normalizeReward())
                .as("zoo: no normalize")
                .isFalse();
        assertThat(ppoPreset("CartPole-v1").valueLossHalf())
                .as("CleanRL's ½ MSE")
                .isTrue();
    }

    @Test
    void a2cPresetIsStableBaselinesRmsprop() {
        RunConfig c = RunConfig.resolve(
                Algorithms.get("a2c"), "CartPole-v1", new RunConfig.Sources(null, Map.of(), null, Map.of(), List.of()));
        A2cHyperparameters h = (A2cHyperparameters) c.hyperparameters();
        assertThat(c.run().numEnvs()).isEqualTo(8);
        assertThat(h.optimizer()).isEqualTo(A2cHyperparameters.OptimizerKind.RMSPROP);
        assertThat(h.rmspropAlpha()).isEqualTo(0.99);
        assertThat(h.optimizerEps()).isEqualTo(1e-5);
        assertThat(h.normalizeAdvantages()).isFalse();
    }

    private static PpoHyperparameters ppoPreset(String env) {
        return (PpoHyperparameters) RunConfig.resolve(
                        Algorithms.get("ppo"), env, new RunConfig.Sources(null, Map.of(), null, Map.of(), List.of()))
                .hyperparameters();
    }

    /** Every default has one source: a preset sets only keys whose value differs from the @Default. */
    @ParameterizedTest
    @CsvSource({
        "ppo, CartPole-v1",
        "ppo, Acrobot-v1",
        "ppo, Pendulum-v1",
        "ppo, MountainCarContinuous-v0",
        "a2c, CartPole-v1",
        "reinforce, CartPole-v1",
        "dqn, CartPole-v1",
        "dqn, curriculum"
    })
    void presetsListOnlyKeysThatDifferFromTheDefaults(String algo, String preset) {
        Algorithm<?> algorithm = Algorithms.get(algo);
        Map<String, Object> defaults = new LinkedHashMap<>(Config.toMap(RunSettings.defaults(algo, "CartPole-v1")));
        defaults.putAll(Config.toMap(algorithm.defaults()));
        Map<String, Object> keys = Config.readYamlResource("presets/" + algo + "/" + preset + ".yaml");
        assertThat(keys).as(preset).isNotNull();
        String env = preset.equals("curriculum") ? "CartPole-v1" : preset;
        Map<String, Object> resolved = RunConfig.resolve(
                        algorithm, env, new RunConfig.Sources(preset, Map.of(), null, Map.of(), List.of()))
                .toMap();
        List<String> repeated = keys.keySet().stream()
                .filter(k -> resolved.get(k).equals(defaults.get(k)))
                .toList();
        assertThat(repeated)
                .as("keys of presets/%s/%s.yaml equal to their @Default", algo, preset)
                .isEmpty();
    }

    @Test
    void algorithmsAreRegistered() {
        assertThat(Algorithms.names()).contains("ppo", "a2c", "reinforce");
    }

    @Test
    void aClipCoefficientThatIsNotPositiveIsRejectedWhenTheConfigIsBuilt() {
        assertThatThrownBy(() -> Defaults.of(PpoHyperparameters.class, Map.of("clip_coef", -1)))
                .hasMessageContaining("clip_coef=-1.0: expected a number > 0");
    }
}
