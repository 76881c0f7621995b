package org.vecrl.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vecrl.core.buffer.TruncationMode;
import org.vecrl.core.math.LogSumExp;
import org.vecrl.nn.loss.PpoLoss;

/**
 * The device-resident PPO's env, GAE and loss kernels, compiled from their CUDA C source as host C++
 * ({@link CpuKernels}; needs g++, no GPU): each classic-control step kernel reproduces the Java env's steps
 * ({@link EnvStepCases}), the GAE kernel core's {@code Gae} bit for bit in every truncation mode, the categorical
 * PPO loss's logit gradient the finite differences of its own terms, and the value loss nn's {@code PpoLoss}. On a GPU, {@link DeviceVectorEnvTest} and
 * {@link DevicePpoKernelsTest} check the same kernels as compiled by NVRTC with the device's math library.
 */
class KernelsOnCpuTest {

    private static final int CASES = 2000;

    @ParameterizedTest
    @EnumSource(DeviceEnvKind.class)
    void everyEnvKernelStepsAsTheJavaEnv(DeviceEnvKind kind) {
        EnvStepCases cases = EnvStepCases.record(kind, CASES, 11);
        int s = kind.stateDim();
        int o = kind.obsDim();
        StringBuilder in = new StringBuilder(String.format(
                Locale.ROOT,
                "%s %d %d %d %d%n",
                kind.stepKernel().replace("_step", ""),
                CASES,
                s,
                o,
                kind.discrete() ? 1 : 0));
        for (int i = 0; i < CASES; i++) {
            for (int d = 0; d < s; d++) {
                in.append(cases.states()[i * s + d]).append(' ');
            }
            in.append(
                            kind.discrete()
                                    ? String.valueOf(cases.discreteActions()[i])
                                    : String.valueOf(cases.continuousActions()[i]))
                    .append('\n');
        }
        double[] out = numbers(CpuKernels.run(KernelSource.CLASSIC_CONTROL, in.toString()));
        int width = s + o + 2;
        assertThat(out).hasSize(CASES * width);
        double[] states = new double[CASES * s];
        float[] observations = new float[CASES * o];
        float[] rewards = new float[CASES];
        float[] terminated = new float[CASES];
        for (int i = 0; i < CASES; i++) {
            for (int d = 0; d < s; d++) {
                states[i * s + d] = out[i * width + d];
            }
            for (int d = 0; d < o; d++) {
                observations[i * o + d] = (float) out[i * width + s + d];
            }
            rewards[i] = (float) out[i * width + s + o];
            terminated[i] = (float) out[i * width + s + o + 1];
        }
        cases.assertMatches(states, observations, rewards, terminated);
        if (kind == DeviceEnvKind.CART_POLE) {
            assertThat(cases.terminations()).as("CartPole cases that terminate").isGreaterThan(10);
        }
    }

    @ParameterizedTest
    @EnumSource(TruncationMode.class)
    void gaeMatchesCoreGaeBitForBit(TruncationMode mode) {
        GaeCase c = GaeCase.random(16, 37, mode);
        StringBuilder in = new StringBuilder(String.format(
                Locale.ROOT, "%d %d %s %s %d%n", c.numSteps(), c.numEnvs(), c.gamma(), c.lambda(), mode.ordinal()));
        for (float[] column : new float[][] {
            c.rewards(), c.values(), c.terminatedFlags(), c.truncatedFlags(), c.finalValues(), c.nextValues()
        }) {
            for (float x : column) {
                in.append(x).append('\n');
            }
        }
        double[] out = numbers(CpuKernels.run(KernelSource.GAE, in.toString()));
        int size = c.numSteps() * c.numEnvs();
        assertThat(out).hasSize(2 * size);
        c.assertMatches(floats(Arrays.copyOfRange(out, 0, size)), floats(Arrays.copyOfRange(out, size, 2 * size)));
    }

    @Test
    void theCategoricalLossGradientIsTheDerivativeOfItsTerms() {
        int base = 24;
        int n = 3;
        double clip = 0.2;
        double entCoef = 0.01;
        double h = 1e-2;
        SplittableRandom rng = new SplittableRandom(17);
        int m = base * (1 + 2 * n);
        float[][] logits = new float[m][];
        int[] actions = new int[m];
        float[] oldLogProbs = new float[m];
        float[] advantages = new float[m];
        for (int b = 0; b < base; b++) {
            float[] x = new float[n];
            for (int j = 0; j < n; j++) {
                x[j] = (float) rng.nextDouble(-2, 2);
            }
            int action = rng.nextInt(n);
            // inside the clip range for half the rows, well outside it for the others: never near a kink
            double logRatio = b % 2 == 0 ? rng.nextDouble(-0.1, 0.1) : (rng.nextBoolean() ? 0.5 : -0.5);
            float old = (float) (x[action] - LogSumExp.of(x, 0, n) - logRatio);
            float adv = (float) rng.nextDouble(-2, 2);
            for (int r = 0; r < 1 + 2 * n; r++) {
                int row = b * (1 + 2 * n) + r;
                logits[row] = x.clone();
                if (r > 0) {
                    logits[row][(r - 1) / 2] += (float) (r % 2 == 1 ? h : -h);
                }
                actions[row] = action;
                oldLogProbs[row] = old;
                advantages[row] = adv;
            }
        }
        StringBuilder in =
                new StringBuilder(String.format(Locale.ROOT, "categorical %d %d %s %s%n", m, n, clip, entCoef));
        for (int i = 0; i < m; i++) {
            for (float v : logits[i]) {
                in.append(v).append(' ');
            }
            in.append(actions[i])
                    .append(' ')
                    .append(oldLogProbs[i])
                    .append(' ')
                    .append(advantages[i])
                    .append('\n');
        }
        double[] out = numbers(CpuKernels.run(KernelSource.PPO_LOSS, in.toString()));
        int width = n + 4;
        assertThat(out).hasSize(m * width);
        for (int b = 0; b < base; b++) {
            int row = b * (1 + 2 * n);
            for (int j = 0; j < n; j++) {
                int plus = row + 1 + 2 * j;
                double dx = logits[plus][j] - logits[plus + 1][j];
                double numeric =
                        (rowLoss(out, plus, width, n, entCoef, m) - rowLoss(out, plus + 1, width, n, entCoef, m)) / dx;
                assertThat(out[row * width + j] * m)
                        .as("m · d loss / d logit %d of row %d", j, row)
                        .isCloseTo(numeric * m, within(2e-3));
            }
        }
    }

    @Test
    void theClippedValueLossMatchesNnsPpoLoss() {
        int m = 400;
        float[] values = Close.uniform(m, 2, 40);
        float[] oldValues = Close.uniform(m, 2, 41);
        float[] returns = Close.uniform(m, 2, 42);
        float[] expectedGrad = new float[m];
        double expected = PpoLoss.clippedValueLoss(values, oldValues, returns, m, 0.2, 0.5, expectedGrad);
        StringBuilder in = new StringBuilder(String.format(Locale.ROOT, "value %d 0.2 1 0.5 0.5%n", m));
        for (int i = 0; i < m; i++) {
            in.append(values[i])
                    .append(' ')
                    .append(oldValues[i])
                    .append(' ')
                    .append(returns[i])
                    .append('\n');
        }
        double[] out = numbers(CpuKernels.run(KernelSource.PPO_LOSS, in.toString()));
        double sum = 0;
        for (int i = 0; i < m; i++) {
            assertThat((float) out[2 * i]).as("gradient %d", i).isEqualTo((float) (0.5 * expectedGrad[i]));
            sum += out[2 * i + 1];
        }
        assertThat(sum / m).isCloseTo(expected, within(1e-12));
    }

    /** The loss of one row as the kernel's terms give it: -(surrogate + entCoef · entropy) / m. */
    private static double rowLoss(double[] out, int row, int width, int n, double entCoef, int m) {
        return -(out[row * width + n] + entCoef * out[row * width + n + 1]) / m;
    }

    private static double[] numbers(String text) {
        return Arrays.stream(text.trim().split("\\s+"))
                .mapToDouble(Double::parseDouble)
                .toArray();
    }

    private static float[] floats(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = (float) x[i];
        }
        return f;
    }
}
