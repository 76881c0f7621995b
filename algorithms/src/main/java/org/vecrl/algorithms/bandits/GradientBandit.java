package org.vecrl.algorithms.bandits;

import java.util.Arrays;
import java.util.Map;
import org.vecrl.core.math.ArgMax;

/**
 * The gradient bandit algorithm (Sutton &amp; Barto section 2.8): a softmax policy over preferences H, updated by
 * {@code H[a] += alpha (r - b)(1 - pi[a])} for the pulled arm and {@code H[k] -= alpha (r - b) pi[k]} for the
 * others. With a baseline, b is the mean of the rewards before this one (the first reward is its own
 * baseline, so the first update is zero); without, b = 0.
 */
public final class GradientBandit extends BanditAgent {
    private final double alpha;
    private final boolean baseline;
    private final double[] preferences;
    private final double[] probabilities;
    private double meanReward;
    private long rewardsSeen;

    public GradientBandit(int numArms, double alpha, boolean baseline) {
        super(numArms);
        this.alpha = checkParameter("alpha", alpha, x -> x > 0, "a finite step size > 0");
        this.baseline = baseline;
        this.preferences = new double[numArms];
        this.probabilities = new double[numArms];
        clearStatistics();
    }

    @Override
    public Integer getAction() {
        double u = rng().nextDouble();
        double cumulative = 0;
        for (int k = 0; k < probabilities.length - 1; k++) {
            cumulative += probabilities[k];
            if (u < cumulative) {
                return k;
            }
        }
        return probabilities.length - 1;
    }

    @Override
    public void observe(Integer action, double reward, Map<String, Object> info) {
        int a = checkArm(action);
        double b = 0;
        if (baseline) {
            b = rewardsSeen == 0 ? reward : meanReward;
            rewardsSeen++;
            meanReward += (reward - meanReward) / rewardsSeen;
        }
        double step = alpha * (reward - b);
        for (int k = 0; k < preferences.length; k++) {
            preferences[k] += step * ((k == a ? 1 : 0) - probabilities[k]);
        }
        updateProbabilities();
    }

    @Override
    protected void clearStatistics() {
        Arrays.fill(preferences, 0);
        meanReward = 0;
        rewardsSeen = 0;
        updateProbabilities();
    }

    private void updateProbabilities() {
        double max = preferences[ArgMax.of(preferences)];
        double sum = 0;
        for (int k = 0; k < preferences.length; k++) {
            probabilities[k] = Math.exp(preferences[k] - max);
            sum += probabilities[k];
        }
        for (int k = 0; k < probabilities.length; k++) {
            probabilities[k] /= sum;
        }
    }

    /** The preferences H (a copy). */
    public double[] preferences() {
        return preferences.clone();
    }

    /** The softmax policy pi (a copy). */
    public double[] probabilities() {
        return probabilities.clone();
    }

    @Override
    public String name() {
        return "GradientBandit(alpha=" + format(alpha) + ", baseline=" + baseline + ")";
    }
}
