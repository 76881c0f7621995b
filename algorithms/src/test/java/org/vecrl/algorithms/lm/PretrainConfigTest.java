package org.vecrl.algorithms.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.algorithms.train.Defaults;
import org.vecrl.nn.Engine;

class PretrainConfigTest {

    @Test
    void theShakespearePresetIsNanoGptsCpuRun() {
        PretrainConfig c = PretrainConfig.resolve("shakespeare-char-cpu", Map.of(), List.of());
        // run-cpu.sh: --eval_iters=20 --block_size=64 --batch_size=12 --n_layer=4 --n_head=4 --n_embd=128
        // --max_iters=2000 --lr_decay_iters=2000 --dropout=0.0 over train_shakespeare_char.py.
        assertThat(c)
                .isEqualTo(new PretrainConfig(
                        4,
                        4,
                        128,
                        64,
                        0.0,
                        "char",
                        12,
                        1,
                        2000,
                        1e-3,
                        1e-4,
                        100,
                        2000,
                        0.9,
                        0.99,
                        0.1,
                        1.0,
                        250,
                        20,
                        1337,
                        250,
                        3,
                        Engine.SIMD));
        assertThat(Defaults.of(PretrainConfig.class).evalIters()).isEqualTo(200);
        // config/train_shakespeare_char.py itself, nanoGPT's GPU "baby GPT".
        PretrainConfig baby = PretrainConfig.resolve("shakespeare-char", Map.of(), List.of());
        assertThat(List.of(baby.nLayer(), baby.nHead(), baby.nEmbd(), baby.blockSize(), baby.batchSize()))
                .containsExactly(6, 6, 384, 256, 64);
        assertThat(baby.dropout()).isEqualTo(0.2);
        assertThat(baby.maxIters()).isEqualTo(5000);
    }

    @Test
    void layersOverrideInOrder() {
        PretrainConfig c = PretrainConfig.resolve(
                "shakespeare-char-cpu", Map.of("tokenizer", "bpe:300", "seed", 5L), List.of("seed=6", "n_layer=2"));
        assertThat(c.tokenizer()).isEqualTo("bpe:300");
        assertThat(c.seed()).isEqualTo(6);
        assertThat(c.nLayer()).isEqualTo(2);
        assertThat(c.tokensPerIteration()).isEqualTo(12 * 64);
    }

    @Test
    void badValuesAreErrorsNamingTheKey() {
        assertThatThrownBy(() -> PretrainConfig.resolve(null, Map.of(), List.of("dropuot=0.1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown config key 'dropuot' in --set");
        assertThatThrownBy(() -> PretrainConfig.resolve(null, Map.of(), List.of("dropout=1")))
                .hasMessage("dropout=1.0: expected in [0, 1)");
        assertThatThrownBy(() -> PretrainConfig.resolve(null, Map.of(), List.of("dropout=0.2", "engine=nd4j")))
                .hasMessageContaining("the nd4j engine has no dropout");
        assertThatThrownBy(() -> PretrainConfig.resolve("nope", Map.of(), List.of()))
                .hasMessageContaining("no language-model preset 'nope'");
        assertThatThrownBy(() -> PretrainConfig.resolve(null, Map.of(), List.of("n_embd=130")))
                .hasMessage("n_embd=130: expected a multiple of n_head=4");
        assertThatThrownBy(() -> PretrainConfig.resolve(null, Map.of(), List.of("tokenizer=words")))
                .hasMessageContaining("tokenizer=words: expected char or bpe:N");
        assertThatThrownBy(() -> PretrainConfig.resolve(null, Map.of(), List.of("beta2=1")))
                .hasMessage("beta2=1.0: expected in [0, 1)");
        assertThatThrownBy(() -> PretrainConfig.resolve(null, Map.of(), List.of("lr_decay_iters=50")))
                .hasMessage("lr_decay_iters=50: expected more than warmup_iters=100");
        assertThatThrownBy(() -> PretrainConfig.resolve(null, Map.of(), List.of("batch_size=0")))
                .hasMessage("batch_size=0: expected >= 1");
    }

    @Test
    void aConfigMapRoundTrips() {
        PretrainConfig c = PretrainConfig.resolve(null, Map.of(), List.of("n_layer=1", "tokenizer=bpe:256"));
        assertThat(PretrainConfig.fromMap(c.toMap(), "config.yaml")).isEqualTo(c);
    }
}
