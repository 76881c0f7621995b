package org.vecrl.nn.gpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GptAdamWTest {
    private static final GptConfig TINY = new GptConfig(11, 6, 1, 2, 8);

    @Test
    void twoStepsMatchHandComputedValues() {
        GptModel model = GptModel.random(TINY, 0);
        float[] w = model.tensors().get("h.0.mlp.c_fc.weight").data();
        float[] b = model.tensors().get("h.0.mlp.c_fc.bias").data();
        w[0] = 0.5f;
        b[0] = 0.5f;
        Map<String, Tensor> grads = Tensor.zerosLike(model.tensors());
        GptAdamW adam = new GptAdamW(model, 0.9, 0.95, 1e-8, 0.1, 0.0);
        grads.get("h.0.mlp.c_fc.weight").data()[0] = 0.2f;
        grads.get("h.0.mlp.c_fc.bias").data()[0] = -0.3f;
        adam.step(grads, 0.1);
        // Decay on the 2-D weight only: 0.5 - 0.1·(0.2/(0.2+1e-8) + 0.1·0.5); bias 0.5 + 0.1·0.3/(0.3+1e-8).
        assertThat(w[0]).isCloseTo(0.395f, within(1e-6f));
        assertThat(b[0]).isCloseTo(0.6f, within(1e-6f));
        grads.get("h.0.mlp.c_fc.weight").data()[0] = 0.4f;
        grads.get("h.0.mlp.c_fc.bias").data()[0] = 0.1f;
        adam.step(grads, 0.1);
        assertThat(w[0]).isCloseTo(0.29525142f, within(1e-6f));
        assertThat(b[0]).isCloseTo(0.64043067f, within(1e-6f));
    }

    @Test
    void clipsTheGlobalNorm() {
        GptModel model = GptModel.random(TINY, 0);
        float[] b = model.tensors().get("ln_f.bias").data();
        b[0] = 0.5f;
        Map<String, Tensor> grads = Tensor.zerosLike(model.tensors());
        GptAdamW adam = new GptAdamW(model, 0.9, 0.95, 1e-8, 0.1, 1.0);
        grads.get("ln_f.bias").data()[0] = 3f;
        assertThat(adam.step(grads, 0.1)).isCloseTo(3.0, within(1e-9));
        grads.get("ln_f.bias").data()[0] = 0.5f;
        assertThat(adam.step(grads, 0.1)).isCloseTo(0.5, within(1e-9));
        // With the first gradient clipped to 1 (unclipped, 3 would give 0.5 - 0.1 - 0.1·0.7927 = 0.3207).
        assertThat(b[0]).isCloseTo(0.30607070f, within(1e-6f));
    }

    @Test
    void badArgumentsAreErrors() {
        GptModel model = GptModel.random(TINY, 0);
        assertThatThrownBy(() -> new GptAdamW(model, 1.0, 0.95, 1e-8, 0.1, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.0");
        GptAdamW adam = GptAdamW.nanoGpt(model);
        assertThatThrownBy(() -> adam.step(Map.of(), 0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wte.weight");
    }

    @Test
    void parameterGroupsTakeTheirOwnLearningRateAndShareTheClippingNorm() {
        GptModel model = GptModel.random(TINY, 0);
        GptValueHead head = GptValueHead.random(8, 0);
        Map<String, Tensor> params = new LinkedHashMap<>(model.tensors());
        params.putAll(head.tensors());
        Map<String, Tensor> grads = Tensor.zerosLike(model.tensors());
        head.tensors().forEach((k, t) -> grads.put(k, new Tensor(t.shape(), new float[t.data().length])));
        grads.get("h.0.mlp.c_fc.bias").data()[0] = 3f;
        grads.get(GptValueHead.B2).data()[0] = 4f;
        float base = model.tensors().get("h.0.mlp.c_fc.bias").data()[0];
        float bias = head.tensors().get(GptValueHead.B2).data()[0];
        GptAdamW adam = new GptAdamW(params, 0.9, 0.999, 1e-8, 0.0, 1.0);
        // The global norm is 5 (3, 4) before clipping; each group moves by its own lr at Adam's first step.
        assertThat(adam.step(grads, name -> name.startsWith("v_head.") ? 0.5 : 0.01))
                .isCloseTo(5.0, within(1e-9));
        assertThat(model.tensors().get("h.0.mlp.c_fc.bias").data()[0]).isCloseTo(base - 0.01f, within(1e-6f));
        assertThat(head.tensors().get(GptValueHead.B2).data()[0]).isCloseTo(bias - 0.5f, within(1e-6f));
    }
}
