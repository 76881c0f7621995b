package org.vecrl.nn.gpt;

/**
 * The backward kernels of the GPT forward (after llm.c's gpt2 backward): each adds its gradients into
 * the given buffers, which the caller zeroes.
 */
final class GptBackward {
    private static final double GELU_C = Math.sqrt(2.0 / Math.PI);

    private GptBackward() {}

    /**
     * Backward of y = x·W + b (W [in, out]) over {@code rows} rows: dx += dy·Wᵀ (unless dx is null),
     * dW += xᵀ·dy, db += Σ dy.
     */
    static void affine(
            float[] dx, float[] dw, float[] db, float[] dy, float[] x, float[] w, int rows, int in, int out) {
        for (int r = 0; r < rows; r++) {
            int yo = r * out;
            int xo = r * in;
            for (int j = 0; j < out; j++) {
                db[j] += dy[yo + j];
            }
            for (int i = 0; i < in; i++) {
                int wo = i * out;
                float a = x[xo + i];
                float sum = 0f;
                for (int j = 0; j < out; j++) {
                    float g = dy[yo + j];
                    dw[wo + j] += a * g;
                    sum += g * w[wo + j];
                }
                if (dx != null) {
                    dx[xo + i] += sum;
                }
            }
        }
    }

    /**
     * Backward of LayerNorm with the kept row means and 1/sqrt(var + eps): dx += rstd·(dn - mean(dn) -
     * n·mean(dn·n)) with n the normalised input and dn = dy·w; dw += dy·n, db += dy.
     */
    static void layerNorm(
            float[] dx,
            float[] dw,
            float[] db,
            float[] dy,
            float[] x,
            float[] w,
            float[] means,
            float[] rstds,
            int rows,
            int d) {
        for (int r = 0; r < rows; r++) {
            int o = r * d;
            double mean = means[r];
            double rstd = rstds[r];
            double dnMean = 0;
            double dnDotN = 0;
            for (int i = 0; i < d; i++) {
                double n = (x[o + i] - mean) * rstd;
                double dn = (double) w[i] * dy[o + i];
                dnMean += dn;
                dnDotN += dn * n;
            }
            dnMean /= d;
            dnDotN /= d;
            for (int i = 0; i < d; i++) {
                double n = (x[o + i] - mean) * rstd;
                double dn = (double) w[i] * dy[o + i];
                dw[i] += (float) (dy[o + i] * n);
                db[i] += dy[o + i];
                dx[o + i] += (float) (rstd * (dn - dnMean - n * dnDotN));
            }
        }
    }

    /** Backward of the tanh GELU at the pre-activations {@code x}: dx[i] += gelu'(x[i])·dy[i]. */
    static void gelu(float[] dx, float[] dy, float[] x, int n) {
        for (int i = 0; i < n; i++) {
            double v = x[i];
            double u = GELU_C * (v + 0.044715 * v * v * v);
            double t = Math.tanh(u);
            double du = GELU_C * (1.0 + 3.0 * 0.044715 * v * v);
            double grad = 0.5 * (1.0 + t) + 0.5 * v * (1.0 - t * t) * du;
            dx[i] += (float) (grad * dy[i]);
        }
    }

    /**
     * Backward of causal attention over {@code qkv} [batch, seqLen, 3d] (queries, keys, values) with the
     * kept probabilities {@code probs} [batch, heads, seqLen, seqLen]: adds into {@code dqkv} given
     * {@code dout} [batch, seqLen, d].
     */
    static void attention(
            float[] dqkv, float[] dout, float[] qkv, float[] probs, int batch, int seqLen, int heads, int d) {
        int hd = d / heads;
        double scale = 1.0 / Math.sqrt(hd);
        double[] dp = new double[seqLen];
        for (int b = 0; b < batch; b++) {
            for (int h = 0; h < heads; h++) {
                for (int t = 0; t < seqLen; t++) {
                    int po = ((b * heads + h) * seqLen + t) * seqLen;
                    int qo = (b * seqLen + t) * 3 * d + h * hd;
                    int oo = (b * seqLen + t) * d + h * hd;
                    double dot = 0;
                    for (int s = 0; s <= t; s++) {
                        int vo = (b * seqLen + s) * 3 * d + 2 * d + h * hd;
                        double g = 0;
                        for (int j = 0; j < hd; j++) {
                            g += (double) dout[oo + j] * qkv[vo + j];
                            dqkv[vo + j] += probs[po + s] * dout[oo + j];
                        }
                        dp[s] = g;
                        dot += probs[po + s] * g;
                    }
                    for (int s = 0; s <= t; s++) {
                        int ko = (b * seqLen + s) * 3 * d + d + h * hd;
                        float ds = (float) (probs[po + s] * (dp[s] - dot) * scale);
                        for (int j = 0; j < hd; j++) {
                            dqkv[qo + j] += ds * qkv[ko + j];
                            dqkv[ko + j] += ds * qkv[qo + j];
                        }
                    }
                }
            }
        }
    }
}
