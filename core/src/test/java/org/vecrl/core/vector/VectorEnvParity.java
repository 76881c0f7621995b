package org.vecrl.core.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.vecrl.core.env.Seeding;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Discrete;

/**
 * Steps a candidate vector env and a reference one with the same seed and random actions and
 * asserts bit-identical observations, final observations, rewards and flags after every step; also
 * checks the candidate's {@code episode} statistics against the reference's reward stream.
 */
public final class VectorEnvParity {
    private VectorEnvParity() {}

    /** Returns the number of episodes that ended by termination and by truncation. */
    public static int[] assertSameRun(VectorEnv candidate, VectorEnv reference, long seed, int steps) {
        int n = reference.numEnvs();
        assertThat(candidate.numEnvs()).isEqualTo(n);
        assertThat(candidate.obsDim()).isEqualTo(reference.obsDim());
        candidate.reset(seed);
        reference.reset(seed);
        assertSameArrays(candidate, reference, -1);
        RandomGenerator rng = Seeding.generator(seed * 31 + 7);
        double[] returns = new double[n];
        int[] lengths = new int[n];
        boolean[] pendingReset = new boolean[n];
        int[] ends = new int[2];
        for (int t = 0; t < steps; t++) {
            if (reference.singleActionSpace() instanceof Discrete d) {
                int[] actions = new int[n];
                for (int i = 0; i < n; i++) {
                    actions[i] = d.sample(rng);
                }
                candidate.step(actions);
                reference.step(actions);
            } else {
                Box box = (Box) reference.singleActionSpace();
                float[] actions = new float[n * box.flatDim()];
                for (int k = 0; k < actions.length; k++) {
                    actions[k] = (float) (rng.nextGaussian() * box.high(0));
                }
                candidate.step(actions);
                reference.step(actions);
            }
            assertSameArrays(candidate, reference, t);
            for (int i = 0; i < n; i++) {
                if (pendingReset[i]) {
                    assertThat(reference.rewards()[i]).isZero();
                    pendingReset[i] = false;
                    continue;
                }
                returns[i] += reference.rewards()[i];
                lengths[i]++;
                boolean done = reference.terminated()[i] || reference.truncated()[i];
                Map<String, Object> info = candidate.finalInfo(i);
                if (done) {
                    ends[reference.terminated()[i] ? 0 : 1]++;
                    assertThat(info).containsKey("episode");
                    Map<?, ?> episode = (Map<?, ?>) info.get("episode");
                    assertThat(episode.get("l"))
                            .as("episode length of env %d at step %d", i, t)
                            .isEqualTo(lengths[i]);
                    assertThat((Double) episode.get("r"))
                            .isCloseTo(returns[i], within(1e-4 * (1 + Math.abs(returns[i]))));
                    assertThat((Double) episode.get("t")).isGreaterThanOrEqualTo(0.0);
                    returns[i] = 0;
                    lengths[i] = 0;
                    pendingReset[i] = reference.autoresetMode() == AutoresetMode.NEXT_STEP;
                } else {
                    assertThat(info).isEmpty();
                }
            }
        }
        return ends;
    }

    private static void assertSameArrays(VectorEnv candidate, VectorEnv reference, int t) {
        assertThat(candidate.observations()).as("observations after step %d", t).isEqualTo(reference.observations());
        assertThat(candidate.finalObservations())
                .as("final observations after step %d", t)
                .isEqualTo(reference.finalObservations());
        assertThat(candidate.rewards()).as("rewards after step %d", t).isEqualTo(reference.rewards());
        assertThat(candidate.terminated()).as("terminated after step %d", t).isEqualTo(reference.terminated());
        assertThat(candidate.truncated()).as("truncated after step %d", t).isEqualTo(reference.truncated());
    }
}
