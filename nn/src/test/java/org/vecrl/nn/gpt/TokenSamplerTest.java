package org.vecrl.nn.gpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.vecrl.core.env.SplitMix64;

class TokenSamplerTest {
    /** Logits whose softmax is exactly {@code probs} up to float rounding. */
    private static float[] logitsOf(double... probs) {
        float[] logits = new float[probs.length];
        for (int v = 0; v < probs.length; v++) {
            logits[v] = (float) Math.log(probs[v]);
        }
        return logits;
    }

    private static boolean[] kept(float[] logits, SamplingConfig sampling) {
        double[] w = TokenSampler.weights(logits, 0, logits.length, sampling);
        boolean[] kept = new boolean[w.length];
        for (int v = 0; v < w.length; v++) {
            kept[v] = w[v] > 0;
        }
        return kept;
    }

    @Test
    void topPKeepsTheSmallestMostLikelySetWithThatMassAndBreaksTiesByLowerId() {
        float[] logits = logitsOf(0.5, 0.25, 0.125, 0.125);
        assertThat(kept(logits, new SamplingConfig(1, 0, 0.4))).containsExactly(true, false, false, false);
        assertThat(kept(logits, new SamplingConfig(1, 0, 0.7))).containsExactly(true, true, false, false);
        assertThat(kept(logits, new SamplingConfig(1, 0, 0.8))).containsExactly(true, true, true, false);
        assertThat(kept(logits, new SamplingConfig(1, 0, 0.9))).containsExactly(true, true, true, true);
        assertThat(kept(logits, new SamplingConfig(1, 0, 1e-9))).containsExactly(true, false, false, false);
    }

    @Test
    void topPOneKeepsEveryTokenWithItsSoftmaxWeight() {
        double[] w = TokenSampler.weights(logitsOf(0.5, 0.25, 0.125, 0.125), 0, 4, SamplingConfig.of(1));
        assertThat(w[0]).isEqualTo(1.0);
        assertThat(w[1]).isCloseTo(0.5, within(1e-7));
        assertThat(w[2]).isCloseTo(0.25, within(1e-7));
        assertThat(w[3]).isEqualTo(w[2]);
    }

    @Test
    void topPActsAfterTemperature() {
        float[] logits = logitsOf(0.5, 0.25, 0.125, 0.125);
        // T = 2 flattens the probabilities to ∝ (1, 0.707, 0.5, 0.5): 0.369 + 0.261 < 0.7, so token 2 joins
        assertThat(kept(logits, new SamplingConfig(2, 0, 0.7))).containsExactly(true, true, true, false);
    }

    @Test
    void topPActsAfterTopK() {
        float[] logits = logitsOf(0.4, 0.3, 0.2, 0.1);
        assertThat(kept(logits, new SamplingConfig(1, 0, 0.75))).containsExactly(true, true, true, false);
        // top-3 renormalises to (4/9, 3/9, 2/9): 4/9 + 3/9 ≥ 0.75 already
        assertThat(kept(logits, new SamplingConfig(1, 3, 0.75))).containsExactly(true, true, false, false);
        assertThat(kept(logits, new SamplingConfig(1, 2, 1))).containsExactly(true, true, false, false);
    }

    @Test
    void drawsFollowTheRenormalisedNucleus() {
        float[] logits = new float[6];
        float[] row = logitsOf(0.5, 0.25, 0.125, 0.125);
        System.arraycopy(row, 0, logits, 2, 4);
        SamplingConfig sampling = new SamplingConfig(1, 0, 0.8);
        SplitMix64 rng = new SplitMix64(1);
        int[] counts = new int[4];
        int n = 40_000;
        for (int i = 0; i < n; i++) {
            counts[TokenSampler.sample(logits, 2, 4, sampling, rng)]++;
        }
        assertThat(counts[3]).isZero();
        assertThat(counts[0] / (double) n).isCloseTo(4 / 7.0, within(0.015));
        assertThat(counts[1] / (double) n).isCloseTo(2 / 7.0, within(0.015));
        assertThat(counts[2] / (double) n).isCloseTo(1 / 7.0, within(0.015));
    }

    @Test
    void greedyIsTheFirstArgmaxOfTheRowAndDrawsNothing() {
        float[] logits = {9, 1, 3, 3, 2};
        SplitMix64 rng = new SplitMix64(5);
        assertThat(TokenSampler.sample(logits, 1, 4, SamplingConfig.greedy(), rng))
                .isEqualTo(1);
        assertThat(rng.nextLong()).isEqualTo(new SplitMix64(5).nextLong());
    }

    @Test
    void configValidationNamesTheValue() {
        assertThatThrownBy(() -> new SamplingConfig(Double.NaN, 0, 1))
                .hasMessage("temperature must be finite and >= 0, got NaN");
        assertThatThrownBy(() -> new SamplingConfig(-0.5, 0, 1))
                .hasMessage("temperature must be finite and >= 0, got -0.5");
        assertThatThrownBy(() -> new SamplingConfig(Double.POSITIVE_INFINITY, 0, 1))
                .hasMessage("temperature must be finite and >= 0, got Infinity");
        assertThatThrownBy(() -> new SamplingConfig(1, -2, 1)).hasMessage("topK must be >= 0 (0: no limit), got -2");
        assertThatThrownBy(() -> new SamplingConfig(1, 0, 0))
                .hasMessage("topP must be in (0, 1] (1: no limit), got 0.0");
        assertThatThrownBy(() -> new SamplingConfig(1, 0, 1.5))
                .hasMessage("topP must be in (0, 1] (1: no limit), got 1.5");
        assertThatThrownBy(() -> new SamplingConfig(1, 0, Double.NaN))
                .hasMessage("topP must be in (0, 1] (1: no limit), got NaN");
        assertThat(SamplingConfig.greedy().isGreedy()).isTrue();
        assertThat(SamplingConfig.of(0.7)).isEqualTo(new SamplingConfig(0.7, 0, 1));
    }
}
