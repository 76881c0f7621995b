package org.vecrl.nn.gpt;

/** The row-major float kernels of the GPT forward: LayerNorm, affine maps, GELU and causal attention. */
final class GptKernels {
    private static final double GELU_C = Math.sqrt(2.0 / Math.PI);

    private GptKernels() {}

    /** y[r] = (x[r] - mean) / sqrt(var + eps) * w + b for each of the {@code rows} rows of width d. */
    static void layerNorm(float[] x, float[] y, int rows, int d, float[] w, float[] b, double eps) {
        layerNorm(x, y, rows, d, w, b, eps, null, null);
    }

    /** {@link #layerNorm}, also keeping each row's mean and 1/sqrt(var + eps) (for the backward) unless null. */
    static void layerNorm(
            float[] x, float[] y, int rows, int d, float[] w, float[] b, double eps, float[] means, float[] rstds) {
        for (int r = 0; r < rows; r++) {
            int o = r * d;
            double mean = 0;
            for (int i = 0; i < d; i++) {
                mean += x[o + i];
            }
            mean /= d;
            double var = 0;
            for (int i = 0; i < d; i++) {
                double c = x[o + i] - mean;
                var += c * c;
            }
            double inv = 1.0 / Math.sqrt(var / d + eps);
            if (means != null) {
                means[r] = (float) mean;
                rstds[r] = (float) inv;
            }
            for (int i = 0; i < d; i++) {
                y[o + i] = (float) ((x[o + i] - mean) * inv) * w[i] + b[i];
            }
        }
    }

    /**
     * y[r] = x[r]·W + b (or y[r] += x[r]·W + b when {@code accumulate}) for each row, with W [in, out]
     * row-major, as Hugging Face's Conv1D.
     */
    static void affine(float[] x, int rows, int in, float[] w, float[] b, int out, float[] y, boolean accumulate) {
        for (int r = 0; r < rows; r++) {
            int yo = r * out;
            for (int j = 0; j < out; j++) {
                y[yo + j] = accumulate ? y[yo + j] + b[j] : b[j];
            }
            int xo = r * in;
            for (int i = 0; i < in; i++) {
                float a = x[xo + i];
                int wo = i * out;
                for (int j = 0; j < out; j++) {
                    y[yo + j] += a * w[wo + j];
                }
            }
        }
    }

    /** GELU with the tanh approximation (Hugging Face's "gelu_new"), in place. */
    static void gelu(float[] x, int n) {
        for (int i = 0; i < n; i++) {
            double v = x[i];
            x[i] = (float) (0.5 * v * (1.0 + Math.tanh(GELU_C * (v + 0.044715 * v * v * v))));
        }
    }

    /**
     * Causal attention of one head for one query: out = softmax(q·K[t] / sqrt(hd), t < count)·V, where
     * row t of K starts at {@code t * stride + keyOffset} and of V at {@code t * stride + valueOffset};
     * the attention probabilities are left in {@code probs[po .. po+count)}.
     */
    static void attend(
            float[] q,
            int qo,
            float[] keys,
            int keyOffset,
            float[] values,
            int valueOffset,
            int stride,
            int hd,
            int count,
            float[] probs,
            int po,
            float[] out,
            int oo) {
        double scale = 1.0 / Math.sqrt(hd);
        float max = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < count; t++) {
            int ko = t * stride + keyOffset;
            float dot = 0f;
            for (int j = 0; j < hd; j++) {
                dot += q[qo + j] * keys[ko + j];
            }
            probs[po + t] = (float) (dot * scale);
            max = Math.max(max, probs[po + t]);
        }
        double sum = 0;
        for (int t = 0; t < count; t++) {
            probs[po + t] = (float) Math.exp(probs[po + t] - max);
            sum += probs[po + t];
        }
        for (int j = 0; j < hd; j++) {
            out[oo + j] = 0f;
        }
        for (int t = 0; t < count; t++) {
            float p = (float) (probs[po + t] / sum);
            probs[po + t] = p;
            int vo = t * stride + valueOffset;
            for (int j = 0; j < hd; j++) {
                out[oo + j] += p * values[vo + j];
            }
        }
    }

    /** logits[lo + v] = hidden[ho .. ho+d)·wte[v] for every token v (the unembedding tied to wte). */
    static void unembed(float[] hidden, int ho, float[] wte, int vocab, int d, float[] logits, int lo) {
        for (int v = 0; v < vocab; v++) {
            int wo = v * d;
            float dot = 0f;
            for (int i = 0; i < d; i++) {
                dot += hidden[ho + i] * wte[wo + i];
            }
            logits[lo + v] = dot;
        }
    }

    /**
     * Replaces logits[o .. o+n) by their softmax and gives the cross-entropy -log softmax[target].
     */
    static double softmaxCrossEntropy(float[] logits, int o, int n, int target) {
        double lse = logSumExp(logits, o, n);
        double loss = lse - logits[o + target];
        for (int v = 0; v < n; v++) {
            logits[o + v] = (float) Math.exp(logits[o + v] - lse);
        }
        return loss;
    }

    /** {@code log Σ exp(x[o .. o+n))}, computed stably around the row's maximum. */
    static double logSumExp(float[] x, int o, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < n; v++) {
            max = Math.max(max, x[o + v]);
        }
        double sum = 0;
        for (int v = 0; v < n; v++) {
            sum += Math.exp(x[o + v] - max);
        }
        return max + Math.log(sum);
    }
}
