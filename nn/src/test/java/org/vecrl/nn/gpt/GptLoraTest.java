package org.vecrl.nn.gpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.core.env.SplitMix64;

class GptLoraTest {
    private static final GptConfig TINY = GptTrainerTest.TINY;

    /** Fills every B (zero when fresh) with N(0, 0.3²) so that the adapters change the model. */
    private static GptLora active(GptConfig config, boolean mlp, long seed) {
        GptLora lora = GptLora.random(config, 2, 3, mlp, seed);
        SplittableRandom rng = new SplittableRandom(seed);
        lora.tensors().forEach((name, t) -> {
            if (name.endsWith(".B")) {
                float[] b = t.data();
                for (int i = 0; i < b.length; i++) {
                    b[i] = (float) (0.3 * rng.nextGaussian());
                }
            }
        });
        return lora;
    }

    @Test
    void theCurriculumsLoraHasItsParameterCountZeroBAndNonZeroA() {
        Lora lora = Lora.random(3, 7, 13, 2, 32, new SplitMix64(1));
        assertThat(lora.numParameters()).isEqualTo(3 * (7 * 2 + 2 * 13));
        assertThat(lora.a().shape()).containsExactly(3, 7, 2);
        assertThat(lora.b().shape()).containsExactly(3, 2, 13);
        assertThat(lora.b().data()).containsOnly(0f);
        double bound = 1 / Math.sqrt(7 * 2);
        double largest = 0;
        for (float v : lora.a().data()) {
            largest = Math.max(largest, Math.abs(v));
        }
        assertThat(largest).isLessThanOrEqualTo(bound).isGreaterThan(bound / 2);
    }

    @Test
    void theCurriculumsForwardIsXTimesATimesBTimesAlphaOverRankPerInstance() {
        int inst = 3;
        int dIn = 7;
        int dOut = 5;
        int rank = 2;
        Lora lora = Lora.random(inst, dIn, dOut, rank, 32, new SplitMix64(2));
        SplittableRandom rng = new SplittableRandom(3);
        float[] b = lora.b().data();
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) rng.nextGaussian();
        }
        int rows = 4;
        float[] x = new float[rows * inst * dIn];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rng.nextGaussian();
        }
        float[] y = lora.forward(x, rows);
        float[] a = lora.a().data();
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < inst; i++) {
                for (int o = 0; o < dOut; o++) {
                    double expected = 0;
                    for (int k = 0; k < rank; k++) {
                        double u = 0;
                        for (int p = 0; p < dIn; p++) {
                            u += x[(r * inst + i) * dIn + p] * a[(i * dIn + p) * rank + k];
                        }
                        expected += u * b[(i * rank + k) * dOut + o];
                    }
                    expected *= 32.0 / rank;
                    assertThat((double) y[(r * inst + i) * dOut + o]).isCloseTo(expected, within(1e-4));
                }
            }
        }
    }

    @Test
    void freshAdaptersChangeNothingAndTheBaseStaysTheModelWithoutThem() {
        GptModel base = GptTrainerTest.scrambled(TINY, 1);
        int[] tokens = GptTrainerTest.randomTokens(12, 11, 2);
        float[] plain = base.forward(tokens, 2, 6).logits();
        GptModel adapted = base.withLora(GptLora.random(TINY, 4, 32, true, 3));
        assertThat(adapted.forward(tokens, 2, 6).logits()).containsExactly(plain);
        GptModel changed = base.withLora(active(TINY, true, 4));
        assertThat(changed.forward(tokens, 2, 6).logits()).isNotEqualTo(plain);
        assertThat(base.forward(tokens, 2, 6).logits()).containsExactly(plain);
        assertThat(changed.tensors().get("h.0.attn.c_attn.weight").data())
                .isSameAs(base.tensors().get("h.0.attn.c_attn.weight").data());
    }

    @Test
    void perHeadParameterCountsMatchTheCurriculumsHooks() {
        GptConfig config = new GptConfig(11, 6, 2, 2, 8);
        int d = 8;
        int hd = 4;
        int r = 2;
        long attention = 2L * (3 * (d * r + r * hd) + (hd * r + r * d));
        assertThat(GptLora.random(config, r, 4, false, 1).numParameters()).isEqualTo(2 * attention);
        long mlp = (d * r + r * 4 * d) + (4 * d * r + r * d);
        assertThat(GptLora.random(config, r, 4, true, 1).numParameters()).isEqualTo(2 * (attention + mlp));
        assertThat(GptLora.random(config, r, 4, false, 1).tensors()).containsKeys("h.1.attn.lora_o.B");
    }

    @Test
    void everyAdapterGradientMatchesFiniteDifferencesAndTheBaseGetsNone() {
        GptModel base = GptTrainerTest.scrambled(TINY, 4);
        GptModel model = base.withLora(active(TINY, true, 5));
        int batch = 2;
        int seqLen = 6;
        int n = batch * seqLen;
        int[] tokens = GptTrainerTest.randomTokens(n, 11, 5);
        SplittableRandom rng = new SplittableRandom(3);
        float[] a = new float[n * 11];
        float[] c = new float[n * 8];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) rng.nextGaussian();
        }
        for (int i = 0; i < c.length; i++) {
            c[i] = (float) rng.nextGaussian();
        }
        GptTrainer trainer = new GptTrainer(model, batch, seqLen, 0.2);
        trainer.dropoutSeed(8);
        trainer.forward(tokens);
        trainer.backward(a, c);
        assertThat(trainer.parameters().keySet())
                .containsExactlyElementsOf(model.lora().tensors().keySet());
        Map<String, Tensor> grads = new LinkedHashMap<>();
        trainer.gradients()
                .forEach((k, v) -> grads.put(k, new Tensor(v.shape(), v.data().clone())));
        GptTrainerTest.assertGradientsMatchFiniteDifferences(
                trainer.parameters(),
                grads,
                () -> {
                    trainer.dropoutSeed(8);
                    return GptTrainerTest.linearLoss(trainer.forward(tokens), a, c);
                },
                2e-3);
    }

    @Test
    void theTrainingForwardAndTheCachedGenerationRunTheAdapters() {
        GptModel model = GptTrainerTest.scrambled(TINY, 6).withLora(active(TINY, true, 7));
        int[] tokens = GptTrainerTest.randomTokens(12, 11, 8);
        float[] full = model.forward(tokens, 2, 6).logits();
        GptTrainer trainer = new GptTrainer(model, 2, 6);
        float[] trained = trainer.forward(tokens).logits();
        for (int i = 0; i < full.length; i++) {
            assertThat(trained[i]).isCloseTo(full[i], within(1e-5f));
        }
        int[] prompt = {1, 2, 3};
        GptGeneration gen = model.generateWithLogits(new int[][] {prompt}, 3, new SamplingConfig(0, 0, 1), 1);
        int[] seq = gen.tokens()[0];
        float[] again = model.forward(Arrays.copyOf(seq, 5), 1, 5).logits();
        for (int step = 0; step < 3; step++) {
            for (int v = 0; v < 11; v++) {
                assertThat(gen.logits()[step * 11 + v]).isCloseTo(again[(2 + step) * 11 + v], within(1e-5f));
            }
        }
    }

    @Test
    void mergedWeightsComputeWhatTheAdaptersDoAndSaveLoadRoundTrips(@TempDir Path dir) {
        GptModel base = GptTrainerTest.scrambled(TINY, 9);
        GptLora lora = active(TINY, true, 10);
        GptModel adapted = base.withLora(lora);
        int[] tokens = GptTrainerTest.randomTokens(12, 11, 11);
        float[] expected = adapted.forward(tokens, 2, 6).logits();
        float[] merged = lora.merged(base).forward(tokens, 2, 6).logits();
        for (int i = 0; i < expected.length; i++) {
            assertThat(merged[i]).isCloseTo(expected[i], within(1e-4f));
        }
        adapted.save(dir.resolve("merged.safetensors"));
        float[] saved = GptModel.load(dir.resolve("merged.safetensors"), TINY)
                .forward(tokens, 2, 6)
                .logits();
        assertThat(saved).containsExactly(merged);
        lora.save(dir.resolve("lora.safetensors"));
        GptLora loaded = GptLora.load(dir.resolve("lora.safetensors"), TINY);
        assertThat(loaded.rank()).isEqualTo(2);
        assertThat(loaded.alpha()).isEqualTo(3.0);
        assertThat(loaded.mlp()).isTrue();
        assertThat(base.withLora(loaded).forward(tokens, 2, 6).logits()).containsExactly(expected);
    }

    @Test
    void adaptersOfAnotherShapeAreRejected(@TempDir Path dir) {
        GptModel base = GptModel.random(TINY, 1);
        GptConfig other = new GptConfig(11, 6, 1, 2, 8);
        assertThatThrownBy(() -> base.withLora(GptLora.random(other, 2, 4, false, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("do not fit a model of shape");
        GptLora.random(other, 2, 4, false, 1).save(dir.resolve("small.safetensors"));
        assertThatThrownBy(() -> GptLora.load(dir.resolve("small.safetensors"), TINY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("missing LoRA tensor h.1.attn.lora_q.A");
        assertThatThrownBy(() -> Lora.random(1, 4, 4, 0, 32, new SplitMix64(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rank=0");
    }
}
