package org.vecrl.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vecrl.cuda.Close.assertClose;
import static org.vecrl.cuda.Close.uniform;
import static org.vecrl.cuda.DeviceArrays.doubles;
import static org.vecrl.cuda.DeviceArrays.floats;
import static org.vecrl.cuda.DeviceArrays.ints;
import static org.vecrl.cuda.DeviceArrays.longs;
import static org.vecrl.cuda.DeviceArrays.sum;
import static org.vecrl.cuda.DeviceArrays.upload;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vecrl.core.buffer.TruncationMode;
import org.vecrl.nn.dist.Categorical;
import org.vecrl.nn.loss.PpoLoss;

/**
 * GPU: the device-resident PPO's own kernels against the host implementations: GAE (bit for bit, every
 * truncation mode), the epoch permutation (a bijection) and minibatch gather, the advantage statistics, the
 * categorical PPO loss with its logit gradient, the value loss, and sampling from per-row streams (skipped
 * without a GPU).
 */
class DevicePpoKernelsTest {

    private static final int T = 16;
    private static final int N = 37;

    @ParameterizedTest
    @EnumSource(TruncationMode.class)
    void gaeMatchesCoreGaeBitForBit(TruncationMode mode) {
        CudaTesting.assumeGpu();
        GaeCase c = GaeCase.random(T, N, mode);
        int size = T * N;
        try (DeviceBuffer r = upload(c.rewards());
                DeviceBuffer v = upload(c.values());
                DeviceBuffer te = upload(c.terminatedFlags());
                DeviceBuffer tr = upload(c.truncatedFlags());
                DeviceBuffer fv = upload(c.finalValues());
                DeviceBuffer nv = upload(c.nextValues());
                DeviceBuffer adv = DeviceBuffer.floats(size);
                DeviceBuffer ret = DeviceBuffer.floats(size)) {
            CudaKernels.get()
                    .launch(
                            "gae",
                            N,
                            new KernelArgs()
                                    .ptr(r)
                                    .ptr(v)
                                    .ptr(te)
                                    .ptr(tr)
                                    .ptr(fv)
                                    .ptr(nv)
                                    .ptr(adv)
                                    .ptr(ret)
                                    .i32(T)
                                    .i32(N)
                                    .f64(c.gamma())
                                    .f64(c.lambda())
                                    .i32(mode.ordinal()));
            c.assertMatches(floats(adv), floats(ret));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 1000, 4096, 100_003})
    void anEpochVisitsEverySampleOnceInAKeyedOrder(int n) {
        CudaTesting.assumeGpu();
        int halfBits = Math.max(1, (64 - Long.numberOfLeadingZeros(n - 1) + 1) / 2);
        long[] first = permutation(n, halfBits, 42);
        assertThat(Arrays.stream(first).sorted().toArray())
                .containsExactly(LongStream.range(0, n).toArray());
        if (n >= 1000) {
            assertThat(permutation(n, halfBits, 43)).isNotEqualTo(first);
            assertThat(first).isNotEqualTo(LongStream.range(0, n).toArray());
        }
    }

    @Test
    void aMinibatchGathersThePermutedRows() {
        CudaTesting.assumeGpu();
        int n = 100;
        int obsDim = 3;
        int m = 25;
        int halfBits = 4;
        float[] obs = uniform(n * obsDim, 1, 20);
        int[] actions = new SplittableRandom(21).ints(n, 0, 4).toArray();
        float[] column = uniform(n, 1, 22);
        long[] order = permutation(n, halfBits, 9);
        try (DeviceBuffer o = upload(obs);
                DeviceBuffer a = upload(actions);
                DeviceBuffer c = upload(column);
                DeviceBuffer mbObs = DeviceBuffer.floats((long) m * obsDim);
                DeviceBuffer mbActions = DeviceBuffer.ints(m);
                DeviceBuffer mbColumn = DeviceBuffer.floats(m);
                DeviceBuffer unused = DeviceBuffer.floats(m)) {
            CudaKernels.get()
                    .launch(
                            "gather_minibatch",
                            m,
                            new KernelArgs()
                                    .ptr(o)
                                    .ptr(a)
                                    .ptr(c)
                                    .ptr(c)
                                    .ptr(c)
                                    .ptr(c)
                                    .i32(obsDim)
                                    .i64(n)
                                    .i32(halfBits)
                                    .i64(9)
                                    .i64(50)
                                    .i32(m)
                                    .ptr(mbObs)
                                    .ptr(mbActions)
                                    .ptr(mbColumn)
                                    .ptr(unused)
                                    .ptr(unused)
                                    .ptr(unused));
            float[] gotObs = floats(mbObs);
            int[] gotActions = ints(mbActions);
            float[] gotColumn = floats(mbColumn);
            for (int j = 0; j < m; j++) {
                int k = (int) order[50 + j];
                assertThat(gotActions[j]).isEqualTo(actions[k]);
                assertThat(gotColumn[j]).isEqualTo(column[k]);
                for (int d = 0; d < obsDim; d++) {
                    assertThat(gotObs[j * obsDim + d]).isEqualTo(obs[k * obsDim + d]);
                }
            }
        }
    }

    @Test
    void theCategoricalPpoLossAndItsLogitGradientMatchTheHostTerms() {
        CudaTesting.assumeGpu();
        int m = 300;
        int n = 3;
        double clip = 0.2;
        double entCoef = 0.01;
        float[] logits = uniform(m * n, 2, 30);
        int[] actions = new SplittableRandom(31).ints(m, 0, n).toArray();
        float[] oldLogProb = new float[m];
        float[] logSoftmax = new float[m * n];
        Categorical.logSoftmax(logits, m, n, logSoftmax);
        float[] newLogProb = new float[m];
        float[] noise = uniform(m, 0.3, 32);
        for (int i = 0; i < m; i++) {
            newLogProb[i] = logSoftmax[i * n + actions[i]];
            oldLogProb[i] = newLogProb[i] + noise[i];
        }
        float[] advantages = uniform(m, 3, 33);
        float[] normalized = new float[m];
        PpoLoss.normalizeAdvantages(advantages, m, 1e-8, normalized);
        float[] gradLogProb = new float[m];
        double surrogate = PpoLoss.clippedSurrogate(newLogProb, oldLogProb, normalized, m, clip, gradLogProb);
        float[] expectedDLogits = new float[m * n];
        double entropy = 0;
        for (int i = 0; i < m; i++) {
            double h = 0;
            for (int j = 0; j < n; j++) {
                double logp = logSoftmax[i * n + j];
                h -= Math.exp(logp) * logp;
            }
            entropy += h / m;
            for (int j = 0; j < n; j++) {
                double logp = logSoftmax[i * n + j];
                double p = Math.exp(logp);
                double g = -gradLogProb[i] * ((j == actions[i] ? 1 : 0) - p) + entCoef / m * p * (logp + h);
                expectedDLogits[i * n + j] = (float) g;
            }
        }
        try (DeviceBuffer x = upload(logits);
                DeviceBuffer a = upload(actions);
                DeviceBuffer old = upload(oldLogProb);
                DeviceBuffer adv = upload(advantages);
                DeviceBuffer stats = DeviceBuffer.doubles(2);
                DeviceBuffer dLogits = DeviceBuffer.floats((long) m * n);
                DeviceBuffer terms = DeviceBuffer.doubles(4L * m)) {
            CudaKernels kernels = CudaKernels.get();
            kernels.launch(
                    "mean_std",
                    1,
                    1,
                    CudaKernels.BLOCK,
                    1,
                    new KernelArgs().ptr(adv).i32(m).ptr(stats));
            double mean = 0;
            for (float v : advantages) {
                mean += v / (double) m;
            }
            assertThat(doubles(stats)[0]).isCloseTo(mean, within(1e-12));
            kernels.launch(
                    "ppo_categorical_loss",
                    m,
                    new KernelArgs()
                            .ptr(x)
                            .ptr(a)
                            .ptr(old)
                            .ptr(adv)
                            .ptr(stats)
                            .i32(m)
                            .i32(n)
                            .f64(clip)
                            .f64(entCoef)
                            .ptr(dLogits)
                            .ptr(terms));
            double[] t = doubles(terms);
            assertThat(Arrays.stream(t, 0, m).sum() / m).as("surrogate").isCloseTo(surrogate, within(1e-6));
            assertThat(Arrays.stream(t, m, 2 * m).sum() / m).as("entropy").isCloseTo(entropy, within(1e-6));
            assertThat(Arrays.stream(t, 2 * m, 3 * m).sum() / m)
                    .as("approx-KL")
                    .isCloseTo(PpoLoss.approxKl(newLogProb, oldLogProb, m), within(1e-6));
            assertThat(Arrays.stream(t, 3 * m, 4 * m).sum() / m)
                    .as("clip fraction")
                    .isCloseTo(PpoLoss.clipFraction(newLogProb, oldLogProb, m, clip), within(1e-9));
            assertClose("d loss / d logits", floats(dLogits), expectedDLogits, 1e-6);
        }
    }

    @Test
    void theClippedValueLossMatchesNnsPpoLoss() {
        CudaTesting.assumeGpu();
        int m = 500;
        float[] values = uniform(m, 2, 40);
        float[] oldValues = uniform(m, 2, 41);
        float[] returns = uniform(m, 2, 42);
        float[] expectedGrad = new float[m];
        double expected = PpoLoss.clippedValueLoss(values, oldValues, returns, m, 0.2, 0.5, expectedGrad);
        for (int i = 0; i < m; i++) {
            expectedGrad[i] = (float) (0.5 * expectedGrad[i]);
        }
        try (DeviceBuffer v = upload(values);
                DeviceBuffer old = upload(oldValues);
                DeviceBuffer r = upload(returns);
                DeviceBuffer grad = DeviceBuffer.floats(m);
                DeviceBuffer terms = DeviceBuffer.doubles(m)) {
            CudaKernels.get()
                    .launch(
                            "ppo_value_loss",
                            m,
                            new KernelArgs()
                                    .ptr(v)
                                    .ptr(old)
                                    .ptr(r)
                                    .i32(m)
                                    .f64(0.2)
                                    .i32(1)
                                    .f64(0.5)
                                    .f64(0.5)
                                    .ptr(grad)
                                    .ptr(terms));
            assertThat(sum(terms) / m).isCloseTo(expected, within(1e-12));
            assertClose("d loss / d values", floats(grad), expectedGrad, 1e-7);
        }
    }

    @Test
    void sampledActionsFollowTheSoftmaxAndCarryTheirLogProbabilities() {
        CudaTesting.assumeGpu();
        int rows = 20_000;
        int n = 3;
        float[] logits = new float[rows * n];
        for (int r = 0; r < rows; r++) {
            logits[r * n] = 0f;
            logits[r * n + 1] = 1f;
            logits[r * n + 2] = 2f;
        }
        try (DeviceBuffer x = upload(logits);
                DeviceBuffer streams = DeviceBuffer.longs(rows);
                DeviceBuffer actions = DeviceBuffer.ints(rows);
                DeviceBuffer logProbs = DeviceBuffer.floats(rows)) {
            CudaKernels kernels = CudaKernels.get();
            kernels.launch(
                    "seed_streams",
                    rows,
                    new KernelArgs().ptr(streams).i32(rows).i64(5));
            kernels.launch(
                    "sample_with_streams",
                    rows,
                    new KernelArgs()
                            .ptr(x)
                            .ptr(streams)
                            .ptr(actions)
                            .ptr(logProbs)
                            .i32(rows)
                            .i32(n));
            int[] sampled = ints(actions);
            float[] lp = floats(logProbs);
            double z = 1 + Math.E + Math.E * Math.E;
            int[] counts = new int[n];
            for (int r = 0; r < rows; r++) {
                counts[sampled[r]]++;
                assertThat((double) lp[r]).isCloseTo(sampled[r] - Math.log(z), within(1e-6));
            }
            for (int j = 0; j < n; j++) {
                assertThat(counts[j] / (double) rows).isCloseTo(Math.exp(j) / z, within(0.015));
            }
        }
    }

    private static long[] permutation(int n, int halfBits, long key) {
        try (DeviceBuffer out = DeviceBuffer.longs(n)) {
            CudaKernels.get()
                    .launch(
                            "permutation",
                            n,
                            new KernelArgs().ptr(out).i64(n).i32(halfBits).i64(key));
            return longs(out);
        }
    }
}
