package org.vecrl.algorithms.bandits;

import java.util.Arrays;
import java.util.Map;
import org.vecrl.core.math.ArgMax;

/**
 * Epsilon-greedy action selection on sample-average estimates (Sutton &amp; Barto sections 2.2-2.5).
 * With probability epsilon a uniform arm, else the arm with the highest estimate (lowest index on
 * ties). Each pull updates {@code N[a] += 1; Q[a] += (r - Q[a]) / N[a]}. {@code reset} sets every count
 * to 0 and every estimate to {@code optimism} (optimistic initial values, Sutton &amp; Barto section 2.6).
 */
public final class RewardAveraging extends BanditAgent {
    private final double epsilon;
    private final double optimism;
    private final int[] counts;
    private final double[] estimates;

    public RewardAveraging(int numArms, double epsilon, double optimism) {
        super(numArms);
        this.epsilon = checkParameter("eps", epsilon, e -> e >= 0 && e <= 1, "a probability in [0, 1]");
        this.optimism = checkParameter("optimism", optimism, o -> true, "a finite initial estimate");
        this.counts = new int[numArms];
        this.estimates = new double[numArms];
        clearStatistics();
    }

    @Override
    public Integer getAction() {
        if (rng().nextDouble() < epsilon) {
            return rng().nextInt(numArms());
        }
        return ArgMax.of(estimates);
    }

    @Override
    public void observe(Integer action, double reward, Map<String, Object> info) {
        int a = checkArm(action);
        counts[a]++;
        estimates[a] += (reward - estimates[a]) / counts[a];
    }

    @Override
    protected void clearStatistics() {
        Arrays.fill(counts, 0);
        Arrays.fill(estimates, optimism);
    }

    /** The pulls per arm (a copy). */
    public int[] counts() {
        return counts.clone();
    }

    /** The value estimates per arm (a copy). */
    public double[] estimates() {
        return estimates.clone();
    }

    @Override
    public String name() {
        return "RewardAveraging(eps=" + format(epsilon) + ", optimism=" + format(optimism) + ")";
    }
}
