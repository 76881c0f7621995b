package org.vecrl.nn.gpt;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/** Picks the next token from logits: greedy at temperature 0, else softmax(logits / T) over the top k. */
final class TokenSampler {
    private TokenSampler() {}

    /**
     * The argmax of {@code logits} (the first on ties) when {@code temperature} is 0; otherwise a draw
     * from softmax(logits / temperature) restricted to the logits ≥ the k-th largest ({@code topK} 0:
     * all of them).
     */
    static int sample(float[] logits, double temperature, int topK, RandomGenerator rng) {
        if (temperature == 0) {
            int best = 0;
            for (int v = 1; v < logits.length; v++) {
                if (logits[v] > logits[best]) {
                    best = v;
                }
            }
            return best;
        }
        float threshold = Float.NEGATIVE_INFINITY;
        if (topK > 0 && topK < logits.length) {
            float[] sorted = logits.clone();
            Arrays.sort(sorted);
            threshold = sorted[logits.length - topK];
        }
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double[] weights = new double[logits.length];
        double sum = 0;
        for (int v = 0; v < logits.length; v++) {
            weights[v] = logits[v] >= threshold ? Math.exp((logits[v] - max) / temperature) : 0;
            sum += weights[v];
        }
        double u = rng.nextDouble() * sum;
        int last = 0;
        for (int v = 0; v < logits.length; v++) {
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
}
