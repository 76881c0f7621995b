package org.vecrl.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.vecrl.cuda.DeviceArrays.doubles;
import static org.vecrl.cuda.DeviceArrays.floats;
import static org.vecrl.cuda.DeviceArrays.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Envs;
import org.vecrl.core.env.Step;
import org.vecrl.core.envs.PhysicsState;

/**
 * GPU: every device env steps as the Java env does (the same physics from the same states and actions, to float
 * tolerance: observations, rewards, terminations and next states), and the device's time limit and same-step
 * autoreset keep their bookkeeping (skipped without a GPU; the env ids are checked everywhere).
 */
class DeviceVectorEnvTest {

    private static final int N = 64;
    private static final int STEPS = 60;

    @ParameterizedTest
    @EnumSource(DeviceEnvKind.class)
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everyStepMatchesTheJavaEnvFromTheSameStateAndAction(DeviceEnvKind kind) {
        CudaTesting.assumeGpu();
        List<Env> javaEnvs = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            Env env = Envs.make(kind.id()).unwrapped();
            env.reset(100L + i);
            javaEnvs.add(env);
        }
        SplittableRandom rng = new SplittableRandom(7);
        int obsDim = kind.obsDim();
        try (DeviceVectorEnv device = new DeviceVectorEnv(kind, N, 0);
                DeviceBuffer obs = DeviceBuffer.floats((long) N * obsDim);
                DeviceBuffer finalObs = DeviceBuffer.floats((long) N * obsDim);
                DeviceVectorEnv.StepOutcomes outcomes = new DeviceVectorEnv.StepOutcomes(1, N)) {
            for (int t = 0; t < STEPS; t++) {
                double[] states = new double[N * kind.stateDim()];
                for (int i = 0; i < N; i++) {
                    double[] s = ((PhysicsState) javaEnvs.get(i)).getState();
                    System.arraycopy(s, 0, states, i * kind.stateDim(), kind.stateDim());
                }
                device.setStates(states, new int[N]);
                int[] discrete = rng.ints(N, 0, Math.max(1, kind.numActions())).toArray();
                float[] continuous = new float[N];
                for (int i = 0; i < N; i++) {
                    continuous[i] = (float) rng.nextDouble(-2.5, 2.5);
                }
                try (DeviceBuffer actions = kind.discrete() ? upload(discrete) : upload(continuous)) {
                    device.step(actions, obs, 0, finalObs, outcomes, 0);
                }
                float[] deviceObs = floats(obs);
                float[] deviceFinalObs = floats(finalObs);
                float[] rewards = floats(outcomes.rewards);
                float[] terminated = floats(outcomes.terminated);
                double[] next = device.states();
                for (int i = 0; i < N; i++) {
                    Env env = javaEnvs.get(i);
                    Step<float[]> step = env.step(kind.discrete() ? discrete[i] : new float[] {continuous[i]});
                    String at = kind.id() + " env " + i + " step " + t;
                    assertThat(terminated[i]).as(at + " terminated").isEqualTo(step.terminated() ? 1f : 0f);
                    assertThat((double) rewards[i]).as(at + " reward").isCloseTo(step.reward(), within(1e-5));
                    float[] observed = step.terminated() ? deviceFinalObs : deviceObs;
                    for (int d = 0; d < obsDim; d++) {
                        assertThat(observed[i * obsDim + d])
                                .as(at + " observation " + d)
                                .isCloseTo(step.obs()[d], within(1e-5f));
                    }
                    if (step.terminated()) {
                        env.reset(1000L * t + i);
                    } else {
                        double[] expected = ((PhysicsState) env).getState();
                        for (int d = 0; d < kind.stateDim(); d++) {
                            assertThat(next[i * kind.stateDim() + d])
                                    .as(at + " state " + d)
                                    .isCloseTo(expected[d], within(1e-9));
                        }
                    }
                }
            }
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
