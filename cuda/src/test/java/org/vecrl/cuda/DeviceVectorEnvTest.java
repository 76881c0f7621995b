package org.vecrl.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vecrl.cuda.DeviceArrays.doubles;
import static org.vecrl.cuda.DeviceArrays.floats;
import static org.vecrl.cuda.DeviceArrays.upload;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * GPU: every device env steps as the Java env does (2,000 recorded steps, each from its state and action as one
 * env of the kernel: observations, rewards, terminations and next states to float tolerance), and the device's
 * time limit and same-step autoreset keep their bookkeeping (skipped without a GPU; the env ids are checked
 * everywhere). {@link KernelsOnCpuTest} runs the same cases through the kernel source compiled for the CPU.
 */
class DeviceVectorEnvTest {

    private static final int N = 64;
    private static final int CASES = 2000;

    @ParameterizedTest
    @EnumSource(DeviceEnvKind.class)
    void everyStepMatchesTheJavaEnvFromTheSameStateAndAction(DeviceEnvKind kind) {
        CudaTesting.assumeGpu();
        EnvStepCases cases = EnvStepCases.record(kind, CASES, 7);
        long obsLength = (long) CASES * kind.obsDim();
        try (DeviceVectorEnv device = new DeviceVectorEnv(kind, CASES, 0);
                DeviceBuffer obs = DeviceBuffer.floats(obsLength);
                DeviceBuffer finalObs = DeviceBuffer.floats(obsLength);
                DeviceBuffer actions =
                        kind.discrete() ? upload(cases.discreteActions()) : upload(cases.continuousActions());
                DeviceVectorEnv.StepOutcomes outcomes = new DeviceVectorEnv.StepOutcomes(1, CASES)) {
            device.setStates(cases.states(), new int[CASES]);
            device.step(actions, obs, 0, finalObs, outcomes, 0);
            float[] terminated = floats(outcomes.terminated);
            float[] observed = floats(obs);
            float[] last = floats(finalObs);
            for (int i = 0; i < CASES; i++) {
                if (terminated[i] != 0) {
                    System.arraycopy(last, i * kind.obsDim(), observed, i * kind.obsDim(), kind.obsDim());
                }
            }
            cases.assertMatches(device.states(), observed, floats(outcomes.rewards), terminated);
        }
    }

    @Test
    void aTimeLimitTruncatesAndTheEnvResetsInTheSameStep() {
        CudaTesting.assumeGpu();
        int limit = 3;
        try (DeviceVectorEnv device = new DeviceVectorEnv(DeviceEnvKind.CART_POLE, N, limit);
                DeviceBuffer obs = DeviceBuffer.floats((long) (limit + 1) * N * 4);
                DeviceBuffer finalObs = DeviceBuffer.floats((long) limit * N * 4);
                DeviceBuffer actions = DeviceBuffer.ints((long) limit * N);
                DeviceVectorEnv.StepOutcomes outcomes = new DeviceVectorEnv.StepOutcomes(limit, N)) {
            device.reset(5, obs, 0);
            for (int t = 0; t < limit; t++) {
                device.step(actions, obs, t + 1, finalObs, outcomes, t);
            }
            float[] truncated = floats(outcomes.truncated);
            double[] ended = doubles(outcomes.ended);
            double[] lengths = doubles(outcomes.endedLengths);
            double[] returns = doubles(outcomes.endedReturns);
            for (int i = 0; i < N; i++) {
                int last = (limit - 1) * N + i;
                assertThat(truncated[last])
                        .as("env %d truncated at the limit", i)
                        .isEqualTo(1f);
                assertThat(ended[last]).isEqualTo(1.0);
                assertThat(lengths[last]).isEqualTo(limit);
                assertThat(returns[last]).isEqualTo(limit);
                assertThat(ended[i])
                        .as("env %d did not end at its first step", i)
                        .isZero();
            }
            float[] observations = floats(obs);
            for (int k = limit * N * 4; k < (limit + 1) * N * 4; k++) {
                assertThat(observations[k]).as("a reset observation").isBetween(-0.05f, 0.05f);
            }
            assertThat(observations).as("the first observations").isNotEqualTo(new float[observations.length]);
        }
    }

    @Test
    void anEnvWithoutADeviceVersionIsRefusedWithTheIdsThatHaveOne() {
        assertThatThrownBy(() -> DeviceEnvKind.of("FrozenLake-v1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("env FrozenLake-v1 has no device version: expected one of [CartPole-v1, Acrobot-v1,"
                        + " MountainCar-v0, MountainCarContinuous-v0, Pendulum-v1]");
        assertThat(DeviceEnvKind.of("Acrobot-v1").maxEpisodeSteps()).isEqualTo(500);
        assertThat(DeviceEnvKind.of("Pendulum-v1").maxEpisodeSteps()).isEqualTo(200);
    }
}
