package org.vecrl.nn.gpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GptConfigTest {

    @Test
    void defaultsAreGpt2Small() {
        assertThat(GptConfig.gpt2Small()).isEqualTo(new GptConfig(50257, 1024, 12, 12, 768, 1e-5));
        assertThat(GptConfig.gpt2Small().headDim()).isEqualTo(64);
    }

    @Test
    void errorsNameTheField() {
        assertThatThrownBy(() -> new GptConfig(0, 16, 2, 4, 32)).hasMessage("vocabSize must be > 0, got 0");
        assertThatThrownBy(() -> new GptConfig(61, 16, -1, 4, 32)).hasMessage("numLayers must be > 0, got -1");
        assertThatThrownBy(() -> new GptConfig(61, 16, 2, 5, 32))
                .hasMessage("width must be divisible by numHeads, got width 32 and numHeads 5");
        assertThatThrownBy(() -> new GptConfig(61, 16, 2, 4, 32, 0))
                .hasMessage("layerNormEps must be a finite number > 0, got 0.0");
    }
}
