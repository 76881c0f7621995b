package org.vecrl.nn.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vecrl.nn.FiniteDifferences;

class DiagGaussianTest {

    @Test
    void aNonFiniteMeanIsADivergenceNotBadInput() {
        float[] mean = {0.5f, Float.POSITIVE_INFINITY};
        assertThatThrownBy(() -> DiagGaussian.sample(
                        mean, new float[] {0f}, 2, 1, new java.util.SplittableRandom(1), new float[2]))
                .isInstanceOf(org.vecrl.nn.NonFiniteException.class)
                .hasMessageStartingWith("action is Infinity sampled in row 1 from mean Infinity");
    }

    @Test
    void logProbAndEntropyOfKnownGaussians() {
        float[] out = new float[2];
        // row 0 at the mean of N(0, 1)²; row 1 one std away in dim 0 with std e in dim 1 (at its mean)
        DiagGaussian.logProb(new float[] {0, 0, 1, 2}, new float[] {0, 1}, 2, 2, new float[] {0, 0, 2, 2}, out);
        double halfLog2Pi = 0.5 * Math.log(2 * Math.PI);
        assertThat((double) out[0]).isCloseTo(-2 * halfLog2Pi - 1, within(1e-6));
        assertThat((double) out[1]).isCloseTo(-0.5 - 2 * halfLog2Pi - 1, within(1e-6));
        assertThat(DiagGaussian.entropy(new float[] {0})).isCloseTo(1.4189385, within(1e-6));
        assertThat(DiagGaussian.entropy(new float[] {0, 1})).isCloseTo(2 * 1.4189385 + 1, within(1e-6));
    }

    @Test
    void samplesHaveTheGivenMeanAndStd() {
        float[] mean = {3};
        float[] logStd = {(float) Math.log(0.5)};
        SplittableRandom rng = new SplittableRandom(8);
        float[] a = new float[1];
        double sum = 0;
        double sumSq = 0;
        int draws = 20_000;
        for (int i = 0; i < draws; i++) {
            DiagGaussian.sample(mean, logStd, 1, 1, rng, a);
            sum += a[0];
            sumSq += a[0] * a[0];
        }
        double m = sum / draws;
        assertThat(m).isCloseTo(3, within(0.02));
        assertThat(Math.sqrt(sumSq / draws - m * m)).isCloseTo(0.5, within(0.02));
    }

    @Test
    void logProbBackwardMatchesFiniteDifferencesInMeanAndLogStd() {
        int batch = 3;
        int dim = 2;
        float[] mean = {0.1f, -0.4f, 1.0f, 0.3f, -0.7f, 0.2f};
        float[] logStd = {-0.3f, 0.4f};
        float[] actions = {0.5f, -1f, 0.2f, 0.9f, -0.1f, 0.0f};
        float[] upstream = {0.8f, -0.5f, 1.2f};
        float[] gMean = new float[mean.length];
        float[] gLogStd = new float[dim];
        DiagGaussian.logProbBackward(mean, logStd, batch, dim, actions, upstream, gMean, gLogStd);
        float[] lp = new float[batch];
        double[] numMean = FiniteDifferences.gradient(
                x -> {
                    DiagGaussian.logProb(x, logStd, batch, dim, actions, lp);
                    return CategoricalTest.dot(upstream, lp);
                },
                mean,
                1e-2);
        double[] numLogStd = FiniteDifferences.gradient(
                x -> {
                    DiagGaussian.logProb(mean, x, batch, dim, actions, lp);
                    return CategoricalTest.dot(upstream, lp);
                },
                logStd,
                1e-2);
        FiniteDifferences.assertClose(numMean, gMean, 1e-4, 1e-3);
        FiniteDifferences.assertClose(numLogStd, gLogStd, 1e-4, 1e-3);
    }

    @Test
    void entropyBackwardAddsTheUpstreamGradientPerDimension() {
        float[] g = {1, 2};
        DiagGaussian.entropyBackward(new float[] {0.3f, -0.2f}, 0.5, g);
        assertThat(g).containsExactly(1.5f, 2.5f);
    }
}
