package org.vecrl.nn.gpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.nn.OptimizerState;

/** {@link GptAdamW#state()} and {@link GptAdamW#restore}: a restored optimizer continues exactly. */
class GptAdamWStateTest {
    private static final GptConfig TINY = new GptConfig(11, 6, 1, 2, 8);

    private static Map<String, Tensor> gradients(GptModel model, float value) {
        Map<String, Tensor> grads = new LinkedHashMap<>();
        model.tensors().forEach((k, t) -> {
            float[] g = new float[t.data().length];
            for (int i = 0; i < g.length; i++) {
                g[i] = value * ((i % 7) - 3);
            }
            grads.put(k, new Tensor(t.shape(), g));
        });
        return grads;
    }

    @Test
    void aRestoredOptimizerContinuesBitIdentically() {
        GptModel a = GptModel.random(TINY, 3);
        GptAdamW adamA = new GptAdamW(a, 0.9, 0.99, 1e-8, 0.1, 1.0);
        adamA.step(gradients(a, 0.01f), 1e-2);
        adamA.step(gradients(a, 0.02f), 1e-2);
        OptimizerState saved = adamA.state();
        assertThat(saved.kind()).isEqualTo("adamw");
        assertThat(saved.step()).isEqualTo(2);

        GptModel b = GptModel.random(TINY, 3);
        a.tensors()
                .forEach((k, t) ->
                        System.arraycopy(t.data(), 0, b.tensors().get(k).data(), 0, t.data().length));
        GptAdamW adamB = new GptAdamW(b, 0.9, 0.99, 1e-8, 0.1, 1.0);
        adamB.restore(saved);
        adamA.step(gradients(a, 0.03f), 1e-2);
        adamB.step(gradients(b, 0.03f), 1e-2);
        a.tensors()
                .forEach((k, t) -> assertThat(b.tensors().get(k).data()).as(k).containsExactly(t.data()));
        // Without the restored moments and step count the third update differs.
        GptModel c = GptModel.random(TINY, 3);
        GptAdamW fresh = new GptAdamW(c, 0.9, 0.99, 1e-8, 0.1, 1.0);
        fresh.step(gradients(c, 0.03f), 1e-2);
        assertThat(c.tensors().get("wte.weight").data())
                .isNotEqualTo(a.tensors().get("wte.weight").data());
    }

    @Test
    void aStateOfAnotherShapeIsAnError() {
        GptAdamW small = new GptAdamW(GptModel.random(TINY, 0), 0.9, 0.99, 1e-8, 0.1, 1.0);
        GptAdamW wide = new GptAdamW(GptModel.random(new GptConfig(11, 6, 1, 2, 16), 0), 0.9, 0.99, 1e-8, 0.1, 1.0);
        assertThatThrownBy(() -> wide.restore(small.state()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("optimizer state of wte.weight has 88 values: expected 176");
        assertThatThrownBy(() -> small.restore(new OptimizerState("adam", 0, new float[0][], new float[0][])))
                .hasMessageContaining("expected kind adamw");
    }
}
