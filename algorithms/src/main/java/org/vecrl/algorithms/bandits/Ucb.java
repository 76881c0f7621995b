package org.vecrl.algorithms.bandits;

import java.util.Arrays;
import java.util.Map;

/**
 * Upper-confidence-bound action selection (Sutton &amp; Barto section 2.7): the arm maximising
 * {@code Q[k] + c * sqrt(ln(t) / (N[k] + 1e-6))}, lowest index on ties, with t starting at 1. At t = 1 every
 * score is equal, and afterwards an unpulled arm's bonus dominates, so the first pulls are arms 0, 1, 2, ...
 * in order.
 */
public final class Ucb extends BanditAgent {
    /** Added to the counts so that unpulled arms get a large but finite bonus. */
    public static final double EPS = 1e-6;

    private final double c;
    private final int[] counts;
    private final double[] estimates;
    private long t;

    public Ucb(int numArms, double c) {
        super(numArms);
        this.c = checkParameter("c", c, x -> x >= 0, "a finite exploration weight >= 0");
        this.counts = new int[numArms];
        this.estimates = new double[numArms];
        clearStatistics();
    }

    @Override
    public Integer getAction() {
        double logT = Math.log(t);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < counts.length; k++) {
            double score = estimates[k] + c * Math.sqrt(logT / (counts[k] + EPS));
            if (score > bestScore) {
                bestScore = score;
                best = k;
            }
        }
        return best;
    }

    @Override
    public void observe(Integer action, double reward, Map<String, Object> info) {
        int a = checkArm(action);
        t++;
        counts[a]++;
        estimates[a] += (reward - estimates[a]) / counts[a];
    }

    @Override
    protected void clearStatistics() {
        t = 1;
        Arrays.fill(counts, 0);
        Arrays.fill(estimates, 0);
    }

    @Override
    public String name() {
        return "UCB(c=" + format(c) + ")";
    }
}
