package org.vecrl.nn.gpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GptModelTest {
    private static final GptConfig SMALL = new GptConfig(97, 24, 2, 4, 32);

    @TempDir
    Path dir;

    private static int[] randomTokens(int n, int vocab, long seed) {
        return new SplittableRandom(seed).ints(n, 0, vocab).toArray();
    }

    /** The golden model: random init gives near-uniform attention, which would hide mask bugs. */
    private static GptModel golden() throws Exception {
        return GptModel.load(GptGoldenTest.goldenDir().resolve("model.safetensors"), GptGoldenTest.TINY);
    }

    @Test
    void changingTokenTChangesNoLogitBeforeT() throws Exception {
        GptModel model = golden();
        int seqLen = 12;
        int vocab = GptGoldenTest.TINY.vocabSize();
        int[] tokens = randomTokens(seqLen, vocab, 3);
        float[] base = model.forward(tokens, 1, seqLen).logits();
        for (int t = 0; t < seqLen; t++) {
            int[] changed = tokens.clone();
            changed[t] = (tokens[t] + 1) % vocab;
            float[] logits = model.forward(changed, 1, seqLen).logits();
            for (int i = 0; i < t * vocab; i++) {
                assertThat(logits[i]).as("t=%d, logit %d", t, i).isEqualTo(base[i]);
            }
            assertThat(logits[t * vocab]).as("position t itself changes").isNotEqualTo(base[t * vocab]);
        }
    }

    @Test
    void cachedDecodingGivesTheFullForwardLogits() throws Exception {
        GptModel model = golden();
        int seqLen = 16;
        int vocab = GptGoldenTest.TINY.vocabSize();
        int[] tokens = randomTokens(2 * seqLen, vocab, 4);
        float[] full = model.forward(tokens, 2, seqLen).logits();
        KvCache cache = model.newCache(seqLen);
        for (int b = 0; b < 2; b++) {
            cache.reset();
            for (int t = 0; t < seqLen; t++) {
                float[] logits = model.decode(cache, tokens[b * seqLen + t]);
                for (int v = 0; v < vocab; v++) {
                    assertThat(logits[v]).isCloseTo(full[(b * seqLen + t) * vocab + v], within(1e-5f));
                }
            }
            assertThat(cache.length()).isEqualTo(seqLen);
        }
        assertThatThrownBy(() -> model.decode(cache, 0)).hasMessageContaining("cache holding 16 of 16");
    }

    @Test
    void randomInitLossIsAboutLogVocab() {
        GptConfig config = new GptConfig(500, 32, 2, 4, 64);
        GptModel model = GptModel.random(config, 7L);
        int[] tokens = randomTokens(4 * 32, 500, 5);
        double loss = model.forward(tokens, 4, 32).meanCrossEntropy(randomTokens(4 * 32, 500, 6));
        assertThat(loss).isCloseTo(Math.log(500), within(0.2));
    }

    @Test
    void randomInitIsSeededAndScaledAsGpt2() {
        Map<String, Tensor> a = GptModel.random(SMALL, 1L).tensors();
        Map<String, Tensor> b = GptModel.random(SMALL, 1L).tensors();
        Map<String, Tensor> c = GptModel.random(SMALL, 2L).tensors();
        assertThat(a.get("h.1.mlp.c_fc.weight").data())
                .isEqualTo(b.get("h.1.mlp.c_fc.weight").data());
        assertThat(a.get("h.1.mlp.c_fc.weight").data())
                .isNotEqualTo(c.get("h.1.mlp.c_fc.weight").data());
        assertThat(std(a.get("h.0.mlp.c_fc.weight").data())).isCloseTo(0.02, within(0.001));
        assertThat(std(a.get("h.0.mlp.c_proj.weight").data())).isCloseTo(0.01, within(0.0008));
        assertThat(a.get("h.0.attn.c_attn.bias").data()).containsOnly(0f);
        assertThat(a.get("ln_f.weight").data()).containsOnly(1f);
        assertThat(a.get("wte.weight").shape()).containsExactly(97, 32);
        assertThat(a.get("h.0.attn.c_attn.weight").shape()).containsExactly(32, 96);
    }

    private static double std(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum / x.length);
    }

    @Test
    void saveLoadRoundTripIsBitIdentical() throws Exception {
        GptModel model = GptModel.random(SMALL, 3L);
        Path first = dir.resolve("a.safetensors");
        Path second = dir.resolve("b.safetensors");
        model.save(first);
        GptModel loaded = GptModel.load(first, SMALL);
        loaded.save(second);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        int[] tokens = randomTokens(20, 97, 1);
        assertThat(loaded.forward(tokens, 2, 10).logits())
                .isEqualTo(model.forward(tokens, 2, 10).logits());
        model.tensors()
                .forEach((name, t) ->
                        assertThat(loaded.tensors().get(name).data()).as(name).isEqualTo(t.data()));
    }

    @Test
    void missingTensorOrWrongShapeNamesTheTensorAndBothShapes() {
        Map<String, Tensor> tensors =
                new LinkedHashMap<>(GptModel.random(SMALL, 1L).tensors());
        tensors.put("h.1.ln_2.bias", new Tensor(new int[] {31}, new float[31]));
        assertThatThrownBy(() -> GptModel.fromTensors(SMALL, tensors))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tensor h.1.ln_2.bias has the wrong shape: expected [32], found [31]");
        tensors.remove("h.1.ln_2.bias");
        assertThatThrownBy(() -> GptModel.fromTensors(SMALL, tensors))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("missing tensor h.1.ln_2.bias (expected shape [32], found none)");
    }

    @Test
    void badInputsAreRejected() {
        GptModel model = GptModel.random(SMALL, 1L);
        assertThatThrownBy(() -> model.forward(new int[25], 1, 25))
                .hasMessage("seqLen 25 exceeds the context length 24");
        assertThatThrownBy(() -> model.forward(new int[] {0, 97}, 1, 2))
                .hasMessage("token 97 at index 1 is outside [0, 97)");
        assertThatThrownBy(() -> model.generate(new int[20], 5, 1.0, 0, 1L))
                .hasMessageContaining("must be at most the context length 24");
    }

    @Test
    void samplingIsSeededAndTopOneIsGreedy() {
        GptModel model = GptModel.random(SMALL, 1L);
        int[] prompt = {1, 2, 3};
        int[] a = model.generate(prompt, 10, 1.0, 0, 9L);
        assertThat(a).hasSize(13).startsWith(prompt);
        assertThat(model.generate(prompt, 10, 1.0, 0, 9L)).isEqualTo(a);
        assertThat(model.generate(prompt, 10, 1.0, 0, 10L)).isNotEqualTo(a);
        assertThat(model.generate(prompt, 10, 0.7, 1, 9L)).isEqualTo(model.generate(prompt, 10, 0.0, 0, 1L));
    }
}
