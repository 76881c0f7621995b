package org.vecrl.algorithms.rlhf;

/**
 * The curriculum's one-step TD advantages of generated tokens (§4.6): for generated token j of sequence b,
 * A = V(prefixLen + j) - V(prefixLen - 1 + j), the last one r - V(seqLen - 2); returns = A + V(prefixLen - 1 + j).
 */
public final class Advantages {
    private Advantages() {}

    /** The advantages [batch, seqLen - prefixLen] from values [batch, seqLen] and one reward per sequence. */
    public static double[] compute(double[] values, double[] rewards, int seqLen, int prefixLen) {
        int batch = rewards.length;
        if (values.length != batch * seqLen || prefixLen < 1 || prefixLen >= seqLen) {
            throw new IllegalArgumentException("values must be [" + batch + ", " + seqLen
                    + "] and prefixLen in [1, seqLen), got " + values.length + " values and prefixLen " + prefixLen);
        }
        int g = seqLen - prefixLen;
        double[] a = new double[batch * g];
        for (int b = 0; b < batch; b++) {
            for (int j = 0; j < g; j++) {
                double next = j == g - 1 ? rewards[b] : values[b * seqLen + prefixLen + j];
                a[b * g + j] = next - values[b * seqLen + prefixLen - 1 + j];
            }
        }
        return a;
    }

    /** The returns advantages + values[b, prefixLen - 1 + j], the value targets of the generated tokens. */
    public static double[] returns(double[] advantages, double[] values, int seqLen, int prefixLen) {
        int g = seqLen - prefixLen;
        double[] r = new double[advantages.length];
        for (int i = 0; i < r.length; i++) {
            int b = i / g;
            int j = i % g;
            r[i] = advantages[i] + values[b * seqLen + prefixLen - 1 + j];
        }
        return r;
    }

    /**
     * Generalised advantage estimation over the generated tokens (TRL's option): the reward comes at the last
     * token, δ_j = r_j + γ·V(next) - V(prefixLen - 1 + j) with V after the last token 0, and A_j = Σ_k (γλ)^k
     * δ_{j+k}. With λ = 0 and γ = 1 it is {@link #compute}.
     */
    public static double[] gae(
            double[] values, double[] rewards, int seqLen, int prefixLen, double gamma, double lambda) {
        double[] td = compute(values, rewards, seqLen, prefixLen);
        int g = seqLen - prefixLen;
        double[] a = new double[td.length];
        for (int b = 0; b < rewards.length; b++) {
            double next = 0;
            for (int j = g - 1; j >= 0; j--) {
                int i = b * g + j;
                double delta = j == g - 1
                        ? td[i]
                        : gamma * values[b * seqLen + prefixLen + j] - values[b * seqLen + prefixLen - 1 + j];
                next = delta + gamma * lambda * next;
                a[i] = next;
            }
        }
        return a;
    }
}
