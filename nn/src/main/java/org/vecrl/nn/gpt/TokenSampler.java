package org.vecrl.nn.gpt;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Picks the next token from one row of logits as a {@link SamplingConfig} says: the argmax at temperature 0,
 * else one draw from softmax(logits / T) over the top k, then over the nucleus of mass p.
 */
final class TokenSampler {
    private TokenSampler() {}

    /**
     * The token for the logits {@code logits[lo .. lo+vocab)}: their argmax (the first on ties) when
     * {@code sampling} is greedy, drawing nothing; otherwise exactly one {@code rng.nextDouble()} picks a
     * token with probability proportional to its {@link #weights}.
     */
    static int sample(float[] logits, int lo, int vocab, SamplingConfig sampling, RandomGenerator rng) {
        if (sampling.isGreedy()) {
            int best = 0;
            for (int v = 1; v < vocab; v++) {
                if (logits[lo + v] > logits[lo + best]) {
                    best = v;
                }
            }
            return best;
        }
        double[] weights = weights(logits, lo, vocab, sampling);
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double u = rng.nextDouble() * sum;
        int last = 0;
        for (int v = 0; v < vocab; v++) {
            if (weights[v] > 0) {
                last = v;
                u -= weights[v];
                if (u < 0) {
                    return v;
                }
            }
        }
        return last;
    }

    /**
     * The unnormalised sampling probabilities exp((logit - max) / T) of the tokens top-k and top-p keep, 0
     * for the others ({@code sampling} not greedy).
     */
    static double[] weights(float[] logits, int lo, int vocab, SamplingConfig sampling) {
        float threshold = Float.NEGATIVE_INFINITY;
        int topK = sampling.topK();
        if (topK > 0 && topK < vocab) {
            float[] sorted = Arrays.copyOfRange(logits, lo, lo + vocab);
            Arrays.sort(sorted);
            threshold = sorted[vocab - topK];
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < vocab; v++) {
            max = Math.max(max, logits[lo + v]);
        }
        double temperature = sampling.temperature();
        double[] weights = new double[vocab];
        for (int v = 0; v < vocab; v++) {
            weights[v] = logits[lo + v] >= threshold ? Math.exp((logits[lo + v] - max) / temperature) : 0;
        }
        if (sampling.topP() < 1) {
            keepNucleus(weights, sampling.topP());
        }
        return weights;
    }

    /**
     * Zeroes every weight outside the smallest set of largest weights whose sum is ≥ {@code topP} of the
     * total (at least one); of equal weights at the boundary the lowest ids stay.
     */
    private static void keepNucleus(double[] weights, double topP) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] sorted = weights.clone();
        Arrays.sort(sorted);
        double target = topP * total;
        double mass = 0;
        int k = sorted.length - 1;
        while (true) {
            mass += sorted[k];
            if (mass >= target || k == 0) {
                break;
            }
            k--;
        }
        double boundary = sorted[k];
        int boundaryKept = 0;
        for (int j = k; j < sorted.length && sorted[j] == boundary; j++) {
            boundaryKept++;
        }
        for (int v = 0; v < weights.length; v++) {
            if (weights[v] < boundary) {
                weights[v] = 0;
            } else if (weights[v] == boundary) {
                if (boundaryKept > 0) {
                    boundaryKept--;
                } else {
                    weights[v] = 0;
                }
            }
        }
    }
}
