package org.vecrl.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vecrl.cuda.Close.uniform;

import java.util.SplittableRandom;
import org.vecrl.core.buffer.Gae;
import org.vecrl.core.buffer.TruncationMode;

/**
 * A random [T x N] rollout for the GAE kernel (10 % of steps terminated, 10 % truncated), with core's
 * {@code Gae} as the reference; the kernel must match it bit for bit.
 */
record GaeCase(
        int numSteps,
        int numEnvs,
        double gamma,
        double lambda,
        TruncationMode mode,
        float[] rewards,
        float[] values,
        float[] terminatedFlags,
        float[] truncatedFlags,
        float[] finalValues,
        float[] nextValues) {

    static GaeCase random(int numSteps, int numEnvs, TruncationMode mode) {
        int size = numSteps * numEnvs;
        SplittableRandom rng = new SplittableRandom(3);
        float[] terminated = new float[size];
        float[] truncated = new float[size];
        for (int k = 0; k < size; k++) {
            terminated[k] = rng.nextDouble() < 0.1 ? 1 : 0;
            truncated[k] = rng.nextDouble() < 0.1 ? 1 : 0;
        }
        return new GaeCase(
                numSteps,
                numEnvs,
                0.99,
                0.95,
                mode,
                uniform(size, 1, 11),
                uniform(size, 5, 12),
                terminated,
                truncated,
                uniform(size, 5, 13),
                uniform(numEnvs, 5, 14));
    }

    /** Asserts the kernel's advantages and returns equal core's, bit for bit. */
    void assertMatches(float[] advantages, float[] returns) {
        int size = numSteps * numEnvs;
        boolean[] terminated = new boolean[size];
        boolean[] truncated = new boolean[size];
        for (int k = 0; k < size; k++) {
            terminated[k] = terminatedFlags[k] != 0;
            truncated[k] = truncatedFlags[k] != 0;
        }
        float[] expectedAdvantages = new float[size];
        float[] expectedReturns = new float[size];
        new Gae(gamma, lambda, mode)
                .compute(
                        numSteps,
                        numEnvs,
                        rewards,
                        values,
                        terminated,
                        truncated,
                        finalValues,
                        nextValues,
                        expectedAdvantages,
                        expectedReturns);
        assertThat(advantages).as("advantages").containsExactly(expectedAdvantages);
        assertThat(returns).as("returns").containsExactly(expectedReturns);
    }
}
