package org.vecrl.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Envs;
import org.vecrl.core.env.Step;
import org.vecrl.core.envs.PhysicsState;

/**
 * Test cases for the device envs, recorded from the Java env: {@code count} steps along its trajectories under
 * random actions (continuous ones from [-2.5, 2.5], beyond the bounds to test clipping), a new episode after each
 * termination and every 97 steps; per case the state before the step, the action and what the Java env returned.
 * A kernel that steps case i as env i must reproduce them to float tolerance.
 */
record EnvStepCases(
        DeviceEnvKind kind,
        int count,
        double[] states,
        int[] discreteActions,
        float[] continuousActions,
        double[] nextStates,
        float[] observations,
        double[] rewards,
        boolean[] terminated) {

    @SuppressWarnings({"unchecked", "rawtypes"})
    static EnvStepCases record(DeviceEnvKind kind, int count, long seed) {
        int s = kind.stateDim();
        int o = kind.obsDim();
        EnvStepCases c = new EnvStepCases(
                kind,
                count,
                new double[count * s],
                new int[count],
                new float[count],
                new double[count * s],
                new float[count * o],
                new double[count],
                new boolean[count]);
        SplittableRandom rng = new SplittableRandom(seed);
        Env env = Envs.make(kind.id()).unwrapped();
        env.reset(seed);
        for (int i = 0; i < count; i++) {
            System.arraycopy(((PhysicsState) env).getState(), 0, c.states, i * s, s);
            c.discreteActions[i] = rng.nextInt(Math.max(1, kind.numActions()));
            c.continuousActions[i] = (float) rng.nextDouble(-2.5, 2.5);
            Step<float[]> step =
                    env.step(kind.discrete() ? c.discreteActions[i] : new float[] {c.continuousActions[i]});
            System.arraycopy(((PhysicsState) env).getState(), 0, c.nextStates, i * s, s);
            System.arraycopy(step.obs(), 0, c.observations, i * o, o);
            c.rewards[i] = step.reward();
            c.terminated[i] = step.terminated();
            if (step.terminated() || i % 97 == 96) {
                env.reset(seed + i + 1);
            }
        }
        return c;
    }

    /**
     * Asserts a kernel's results for every case: the terminated flags exactly, rewards and observations (the
     * final one where the step terminated) to 1e-5, next states to 1e-9 where the step did not terminate (where it
     * did, the env has already been reset).
     */
    void assertMatches(double[] gotStates, float[] gotObservations, float[] gotRewards, float[] gotTerminated) {
        int s = kind.stateDim();
        int o = kind.obsDim();
        for (int i = 0; i < count; i++) {
            String at = kind.id() + " case " + i;
            assertThat(gotTerminated[i]).as(at + " terminated").isEqualTo(terminated[i] ? 1f : 0f);
            assertThat((double) gotRewards[i]).as(at + " reward").isCloseTo(rewards[i], within(1e-5));
            for (int d = 0; d < o; d++) {
                assertThat(gotObservations[i * o + d])
                        .as(at + " observation " + d)
                        .isCloseTo(observations[i * o + d], within(1e-5f));
            }
            if (!terminated[i]) {
                for (int d = 0; d < s; d++) {
                    assertThat(gotStates[i * s + d])
                            .as(at + " state " + d)
                            .isCloseTo(nextStates[i * s + d], within(1e-9));
                }
            }
        }
    }

    /** How many cases terminated. */
    long terminations() {
        long n = 0;
        for (boolean t : terminated) {
            n += t ? 1 : 0;
        }
        return n;
    }
}
