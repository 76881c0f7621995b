package org.vecrl.nn.gpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Batched KV-cache generation: parity with the full forward and with one sequence at a time. */
class GptGenerationTest {
    private static final GptConfig SMALL = new GptConfig(97, 24, 2, 4, 32);

    /** The golden model: trained-looking weights, so that greedy choices are not near ties. */
    private static GptModel golden() throws Exception {
        return GptModel.load(GptGoldenTest.goldenDir().resolve("model.safetensors"), GptGoldenTest.TINY);
    }

    private static int[][] prompts(int vocab, long seed, int... lengths) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[][] out = new int[lengths.length][];
        for (int b = 0; b < lengths.length; b++) {
            out[b] = rng.ints(lengths[b], 0, vocab).toArray();
        }
        return out;
    }

    @Test
    void batchedCachedLogitsEqualTheFullForwardAtEveryStep() throws Exception {
        GptModel model = golden();
        int vocab = GptGoldenTest.TINY.vocabSize();
        int[][] prompts = prompts(vocab, 1, 2, 5, 3, 5);
        int newTokens = 9;
        GptGeneration gen = model.generateWithLogits(prompts, newTokens, SamplingConfig.of(1.0), 3L);

        assertThat(gen.batch()).isEqualTo(4);
        assertThat(gen.logits()).hasSize(4 * newTokens * vocab);
        for (int b = 0; b < prompts.length; b++) {
            int[] seq = gen.tokens()[b];
            assertThat(seq).hasSize(prompts[b].length + newTokens).startsWith(prompts[b]);
            float[] full = model.forward(seq, 1, seq.length).logits();
            for (int i = 0; i < newTokens; i++) {
                int position = prompts[b].length - 1 + i;
                for (int v = 0; v < vocab; v++) {
                    assertThat(gen.logits()[(b * newTokens + i) * vocab + v])
                            .as("sequence %d, new token %d, logit %d", b, i, v)
                            .isCloseTo(full[position * vocab + v], within(1e-5f));
                }
            }
        }
    }

    @Test
    void greedyBatchEqualsEachSequenceGeneratedAlone() throws Exception {
        GptModel model = golden();
        int vocab = GptGoldenTest.TINY.vocabSize();
        for (int[][] prompts : new int[][][] {prompts(vocab, 2, 4, 4, 4, 4, 4), prompts(vocab, 3, 1, 7, 3, 10, 5)}) {
            int newTokens = 16 - 10;
            int[][] batch = model.generate(prompts, newTokens, SamplingConfig.greedy(), 1L);
            for (int b = 0; b < prompts.length; b++) {
                assertThat(batch[b])
                        .as("sequence %d", b)
                        .isEqualTo(model.generate(prompts[b], newTokens, 0.0, 0, 1L))
                        .isEqualTo(model.generate(new int[][] {prompts[b]}, newTokens, SamplingConfig.greedy(), 7L)[0]);
            }
        }
    }

    @Test
    void greedyTokensAreTheArgmaxOfTheKeptLogits() throws Exception {
        GptModel model = golden();
        int vocab = GptGoldenTest.TINY.vocabSize();
        GptGeneration gen = model.generateWithLogits(prompts(vocab, 4, 3, 6), 5, SamplingConfig.greedy(), 1L);
        for (int b = 0; b < 2; b++) {
            int[] generated = gen.generated(b);
            for (int i = 0; i < 5; i++) {
                int best = 0;
                for (int v = 1; v < vocab; v++) {
                    if (gen.logits()[(b * 5 + i) * vocab + v] > gen.logits()[(b * 5 + i) * vocab + best]) {
                        best = v;
                    }
                }
                assertThat(generated[i]).isEqualTo(best);
            }
        }
    }

    @Test
    void samplingIsAPureFunctionOfTheSeed() throws Exception {
        GptModel model = golden();
        int[][] prompts = prompts(61, 5, 3, 1, 4);
        SamplingConfig sampling = new SamplingConfig(0.9, 20, 0.95);
        int[][] a = model.generate(prompts, 10, sampling, 11L);
        assertThat(model.generate(prompts, 10, sampling, 11L)).isDeepEqualTo(a);
        assertThat(model.generate(prompts, 10, sampling, 12L)).isNotEqualTo(a);
        assertThat(model.generateWithLogits(prompts, 10, sampling, 11L).tokens())
                .isDeepEqualTo(a);
    }

    @Test
    void aBatchOfOneSamplesAsTheSinglePromptApi() throws Exception {
        GptModel model = golden();
        int[] prompt = {5, 9, 2};
        assertThat(model.generate(new int[][] {prompt}, 10, new SamplingConfig(0.8, 5, 1), 4L)[0])
                .isEqualTo(model.generate(prompt, 10, 0.8, 5, 4L));
    }

    @Test
    void aTinyTopPIsGreedy() throws Exception {
        GptModel model = golden();
        int[][] prompts = prompts(61, 6, 2, 5);
        assertThat(model.generate(prompts, 8, new SamplingConfig(1.0, 0, 1e-6), 3L))
                .isDeepEqualTo(model.generate(prompts, 8, SamplingConfig.greedy(), 3L));
    }

    @Test
    void zeroNewTokensGivesThePromptsBack() {
        GptModel model = GptModel.random(SMALL, 1L);
        int[][] prompts = {{1, 2}, {3}};
        assertThat(model.generate(prompts, 0, SamplingConfig.of(1.0), 1L)).isDeepEqualTo(prompts);
    }

    @Test
    void cacheLengthsArePerSequenceAndOverflowChangesNothing() {
        GptModel model = GptModel.random(SMALL, 1L);
        KvCache cache = model.newCache(2, 3);
        float[] logits = model.prefill(cache, new int[][] {{1, 2, 3}, {4}});
        assertThat(logits).hasSize(2 * 97);
        assertThat(cache.length(0)).isEqualTo(3);
        assertThat(cache.length(1)).isEqualTo(1);
        assertThatThrownBy(() -> model.decode(cache, new int[] {5, 6}))
                .hasMessage("cannot add 1 positions to sequence 0 of a cache holding 3 of 3");
        assertThat(cache.length(1)).isEqualTo(1);
        assertThatThrownBy(cache::length).hasMessageContaining("holds 2, use length(b)");
        assertThatThrownBy(() -> model.decode(cache, 5)).hasMessageContaining("needs a cache of one sequence, got 2");
        assertThatThrownBy(() -> model.decode(cache, new int[] {5}))
                .hasMessage("decode needs one token per sequence of the cache: 2, got 1");
        assertThatThrownBy(() -> model.prefill(cache, new int[][] {{1}}))
                .hasMessage("prefill needs one prompt per sequence of the cache: 2, got 1");
        assertThatThrownBy(() -> model.decode(model.newCache(2, 3), new int[] {0, 97}))
                .hasMessage("token 97 of sequence 1 is outside [0, 97)");
        assertThatThrownBy(() -> model.newCache(0, 3)).hasMessage("cache batch must be > 0, got 0");
    }

    @Test
    void badGenerationInputsAreRejectedNamingTheValue() {
        GptModel model = GptModel.random(SMALL, 1L);
        SamplingConfig any = SamplingConfig.of(1.0);
        assertThatThrownBy(() -> model.generate(new int[][] {{1}, {}}, 3, any, 1L))
                .hasMessage("prompt 1 is empty; every prompt needs at least one token");
        assertThatThrownBy(() -> model.generate(new int[0], 3, 1.0, 0, 1L))
                .hasMessage("prompt 0 is empty; every prompt needs at least one token");
        assertThatThrownBy(() -> model.generate(new int[0][], 3, any, 1L))
                .hasMessage("generate needs at least one prompt");
        assertThatThrownBy(() -> model.generate(new int[][] {{1}, new int[20]}, 5, any, 1L))
                .hasMessage("prompt 1 length 20 + maxNewTokens 5 = 25 must be at most the context length 24");
        assertThatThrownBy(() -> model.generate(new int[][] {{1}}, -1, any, 1L))
                .hasMessage("maxNewTokens must be >= 0, got -1");
        assertThatThrownBy(() -> model.generate(new int[][] {{1, 97}}, 1, any, 1L))
                .hasMessage("token 97 at index 1 of prompt 0 is outside [0, 97)");
        assertThatThrownBy(() -> model.generate(new int[] {1}, 1, Double.NaN, 0, 1L))
                .hasMessage("temperature must be finite and >= 0, got NaN");
        assertThatThrownBy(() -> model.generate(new int[] {1}, 1, 1.0, -1, 1L))
                .hasMessage("topK must be >= 0 (0: no limit), got -1");
    }
}
