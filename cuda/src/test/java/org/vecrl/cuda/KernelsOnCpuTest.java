package org.vecrl.cuda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vecrl.core.buffer.TruncationMode;

/**
 * The device-resident PPO's env and GAE kernels, compiled from their CUDA C source as host C++ ({@link CpuKernels};
 * needs g++, no GPU): each classic-control step kernel reproduces the Java env's steps ({@link EnvStepCases}), and
 * the GAE kernel core's {@code Gae} bit for bit in every truncation mode. On a GPU, {@link DeviceVectorEnvTest} and
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
