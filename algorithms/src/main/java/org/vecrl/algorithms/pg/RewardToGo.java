package org.vecrl.algorithms.pg;

/**
 * REINFORCE's discounted reward-to-go (curriculum §6.2 {@code compute_returns}), scanned backwards
 * per env without bootstrapping: {@code G_t = r_t + γ·G_{t+1}·(1 − done_t)}, where {@code done_t}
 * says that step t ended its episode. An episode still running at the end of the rollout gets the
 * return of its observed part.
 */
final class RewardToGo {
    private RewardToGo() {}

    /** Time-major arrays [T * N] (row = t * N + env); writes {@code returns}. */
    static void compute(int numSteps, int numEnvs, float[] rewards, boolean[] done, double gamma, float[] returns) {
        for (int env = 0; env < numEnvs; env++) {
            double g = 0;
            for (int t = numSteps - 1; t >= 0; t--) {
                int k = t * numEnvs + env;
                g = rewards[k] + (done[k] ? 0 : gamma * g);
                returns[k] = (float) g;
            }
        }
    }
}
