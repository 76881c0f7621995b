package org.vecrl.algorithms.rlhf;

import java.util.List;

/** Reward functions of decoded samples and the reward normalisation of the curriculum (§4.5). */
public final class Rewards {
    private Rewards() {}

    /** How many times {@code c} occurs in each sample (the curriculum's period reward with c = '.'). */
    public static double[] charCount(List<String> samples, char c) {
        double[] r = new double[samples.size()];
        for (int i = 0; i < r.length; i++) {
            String s = samples.get(i);
            for (int k = 0; k < s.length(); k++) {
                if (s.charAt(k) == c) {
                    r[i]++;
                }
            }
        }
        return r;
    }

    /**
     * (r - mean) / (std + eps) with the unbiased standard deviation (a single value gives 0): the
     * curriculum's {@code normalize_reward} (eps 1e-5), also PPO's advantage normalisation (eps 1e-8).
     */
    public static double[] normalize(double[] r, double eps) {
        double mean = 0;
        for (double x : r) {
            mean += x;
        }
        mean /= r.length;
        double var = 0;
        for (double x : r) {
            var += (x - mean) * (x - mean);
        }
        double std = r.length > 1 ? Math.sqrt(var / (r.length - 1)) : 0;
        double[] out = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            out[i] = (r[i] - mean) / (std + eps);
        }
        return out;
    }
}
