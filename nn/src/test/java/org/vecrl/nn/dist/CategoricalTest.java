package org.vecrl.nn.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vecrl.nn.FiniteDifferences;
import org.vecrl.nn.NonFiniteException;

class CategoricalTest {

    @Test
    void nonFiniteLogitsAreADivergenceNotBadInput() {
        float[] logits = {0, 1, Float.NaN, 2};
        assertThatThrownBy(() -> Categorical.logSoftmax(logits, 2, 2, new float[4]))
                .isInstanceOf(NonFiniteException.class)
                .hasMessage("logits is NaN in the row starting at 2: expected finite logits");
    }

    @Test
    void logSoftmaxIsExactAndStableForHugeLogits() {
        float ln3 = (float) Math.log(3);
        float[] logits = {0, ln3, 1000, 1000 + ln3};
        float[] out = new float[4];
        Categorical.logSoftmax(logits, 2, 2, out);
        assertThat(out[0]).isCloseTo((float) Math.log(0.25), within(1e-6f));
        assertThat(out[1]).isCloseTo((float) Math.log(0.75), within(1e-6f));
        assertThat(out[2]).isCloseTo((float) Math.log(0.25), within(1e-4f));
        assertThat(out[3]).isCloseTo((float) Math.log(0.75), within(1e-4f));
        Categorical.probs(logits, 2, 2, out);
        assertThat(out).containsExactly(new float[] {0.25f, 0.75f, 0.25f, 0.75f}, within(1e-4f));
    }

    @Test
    void logProbAndEntropyOfKnownDistributions() {
        float[] uniform = {2, 2, 2, 2};
        float[] out = new float[1];
        Categorical.entropy(uniform, 1, 4, out);
        assertThat(out[0]).isCloseTo((float) Math.log(4), within(1e-6f));
        Categorical.logProb(uniform, 1, 4, new int[] {3}, out);
        assertThat(out[0]).isCloseTo((float) Math.log(0.25), within(1e-6f));
        float[] p = {(float) Math.log(0.1), (float) Math.log(0.9)};
        Categorical.entropy(p, 1, 2, out);
        assertThat(out[0]).isCloseTo((float) -(0.1 * Math.log(0.1) + 0.9 * Math.log(0.9)), within(1e-6f));
    }

    @Test
    void argmaxBreaksTiesTowardsTheLowestIndex() {
        int[] out = new int[2];
        Categorical.argmax(new float[] {1, 3, 3, 5, 5, 5}, 2, 3, out);
        assertThat(out).containsExactly(1, 0);
    }

    @Test
    void samplesFollowTheProbabilities() {
        float[] logits = {(float) Math.log(0.2), (float) Math.log(0.5), (float) Math.log(0.3)};
        SplittableRandom rng = new SplittableRandom(3);
        int[] counts = new int[3];
        int[] action = new int[1];
        int draws = 20_000;
        for (int i = 0; i < draws; i++) {
            Categorical.sample(logits, 1, 3, rng, action);
            counts[action[0]]++;
        }
        assertThat(counts[0] / (double) draws).isCloseTo(0.2, within(0.02));
        assertThat(counts[1] / (double) draws).isCloseTo(0.5, within(0.02));
        assertThat(counts[2] / (double) draws).isCloseTo(0.3, within(0.02));
    }

    @Test
    void logProbBackwardMatchesFiniteDifferences() {
        int batch = 3;
        int n = 4;
        float[] logits = {0.3f, -1.2f, 2.0f, 0.1f, 1, 1, 1, 1, -0.5f, 0.7f, 0.2f, -2};
        int[] actions = {2, 0, 3};
        float[] upstream = {0.7f, -1.1f, 0.4f};
        float[] grad = new float[logits.length];
        Categorical.logProbBackward(logits, batch, n, actions, upstream, grad);
        float[] lp = new float[batch];
        double[] numeric = FiniteDifferences.gradient(
                x -> {
                    Categorical.logProb(x, batch, n, actions, lp);
                    return dot(upstream, lp);
                },
                logits,
                1e-2);
        FiniteDifferences.assertClose(numeric, grad, 1e-4, 1e-3);
    }

    @Test
    void entropyBackwardMatchesFiniteDifferences() {
        int batch = 2;
        int n = 3;
        float[] logits = {0.3f, -1.2f, 2.0f, 0.5f, 0.4f, -0.9f};
        float[] upstream = {1.3f, -0.6f};
        float[] grad = new float[logits.length];
        Categorical.entropyBackward(logits, batch, n, upstream, grad);
        float[] h = new float[batch];
        double[] numeric = FiniteDifferences.gradient(
                x -> {
                    Categorical.entropy(x, batch, n, h);
                    return dot(upstream, h);
                },
                logits,
                1e-2);
        FiniteDifferences.assertClose(numeric, grad, 1e-4, 1e-3);
    }

    @Test
    void badActionsAndShapesAreRejected() {
        assertThatThrownBy(() -> Categorical.logProb(new float[4], 2, 2, new int[] {0, 2}, new float[2]))
                .hasMessageContaining("action 2 is not in Discrete(2)");
        assertThatThrownBy(() -> Categorical.entropy(new float[3], 2, 2, new float[2]))
                .hasMessageContaining("length 3");
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }
}
