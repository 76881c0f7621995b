package org.vecrl.core.envs.classic;

import java.util.random.RandomGenerator;

/** The reset distribution of the classic-control environments: NumPy's {@code uniform(low, high)}. */
final class ResetSampling {
    private ResetSampling() {}

    /** {@code low + (high - low) * u} with u uniform in [0, 1), the formula of {@code np.random.Generator.uniform}. */
    static double uniform(RandomGenerator rng, double low, double high) {
        return low + (high - low) * rng.nextDouble();
    }

    /** Fills {@code count} entries of {@code state} from {@code off} with independent uniform draws. */
    static void uniform(RandomGenerator rng, double low, double high, double[] state, int off, int count) {
        for (int k = 0; k < count; k++) {
            state[off + k] = uniform(rng, low, high);
        }
    }
}
