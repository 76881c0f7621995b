package org.vecrl.algorithms.pg;

/**
 * REINFORCE's discounted reward-to-go (G_t = r_t + γ·G_{t+1}, reset at episode ends), scanned backwards
 * per env: {@code G_t = r_t + γ·(done_t ? end_t : G_{t+1})}, where {@code done_t} says that step t
 * ended its episode and {@code end_t} is what the episode is worth after it: 0 when it terminated,
 * V(true final observation) when a critic bootstraps a time-limit truncation (so a truncated
 * episode's G_t gains γ^(k+1)·V for the k steps to its end, as GAE does), 0 without a critic.
 * An episode still running at the end of the rollout gets the return of its observed part.
 */
final class RewardToGo {
    private RewardToGo() {}

    /**
     * Time-major arrays [T * N] (row = t * N + env); {@code endValues} (null: all 0) gives {@code end_t}
     * for done steps; writes {@code returns}.
     */
    static void compute(
            int numSteps,
            int numEnvs,
            float[] rewards,
            boolean[] done,
            float[] endValues,
            double gamma,
            float[] returns) {
        for (int env = 0; env < numEnvs; env++) {
            double g = 0;
            for (int t = numSteps - 1; t >= 0; t--) {
                int k = t * numEnvs + env;
                if (done[k]) {
                    g = rewards[k] + (endValues == null ? 0 : gamma * endValues[k]);
                } else {
                    g = rewards[k] + gamma * g;
                }
                returns[k] = (float) g;
            }
        }
    }
}
