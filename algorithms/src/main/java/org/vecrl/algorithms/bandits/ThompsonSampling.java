package org.vecrl.algorithms.bandits;

import java.util.Arrays;
import java.util.Map;
import org.vecrl.core.math.ArgMax;

/**
 * Gaussian Thompson sampling: each arm's mean has the prior N(0, 1) and rewards have known unit noise,
 * so after n pulls with reward sum s the posterior is N(s / (n + 1), 1 / (n + 1)). Each step draws one
 * sample per arm from its posterior (arm order) and pulls the arm with the highest sample.
 */
public final class ThompsonSampling extends BanditAgent {
    private final int[] counts;
    private final double[] sums;
    private final double[] samples;

    public ThompsonSampling(int numArms) {
        super(numArms);
        this.counts = new int[numArms];
        this.sums = new double[numArms];
        this.samples = new double[numArms];
    }

    @Override
    public Integer getAction() {
        for (int k = 0; k < samples.length; k++) {
            samples[k] = posteriorMean(k) + rng().nextGaussian() * posteriorStd(k);
        }
        return ArgMax.of(samples);
    }

    @Override
    public void observe(Integer action, double reward, Map<String, Object> info) {
        int a = checkArm(action);
        counts[a]++;
        sums[a] += reward;
    }

    @Override
    protected void clearStatistics() {
        Arrays.fill(counts, 0);
        Arrays.fill(sums, 0);
    }

    /** The posterior mean of arm k's reward mean. */
    public double posteriorMean(int k) {
        return sums[k] / (counts[k] + 1);
    }

    /** The posterior standard deviation of arm k's reward mean. */
    public double posteriorStd(int k) {
        return 1 / Math.sqrt(counts[k] + 1);
    }

    @Override
    public String name() {
        return "ThompsonSampling";
    }
}
