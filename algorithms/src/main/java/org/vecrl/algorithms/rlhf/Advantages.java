package org.vecrl.algorithms.rlhf;

/**
 * Advantages of generated tokens: the curriculum's one-step TD (§4.6), for generated token j of sequence b A =
 * V(prefixLen + j) - V(prefixLen - 1 + j), the last one r - V(seqLen - 2), and GAE over per-token rewards, of
 * which it is the case λ = 0; returns = A + V(prefixLen - 1 + j).
 */
public final class Advantages {
    private Advantages() {}

    /** The advantages [batch, seqLen - prefixLen] from values [batch, seqLen] and one reward per sequence. */
    public static double[] compute(double[] values, double[] rewards, int seqLen, int prefixLen) {
        return gae(values, rewards, seqLen, prefixLen, 1, 0);
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
     * Generalised advantage estimation over the generated tokens (TRL's option) with the reward at the last
     * token: {@link #gaeOfTokenRewards} with every token's reward 0 but the last one's. With λ = 0 and γ = 1 it
     * is {@link #compute}.
     */
    public static double[] gae(
            double[] values, double[] rewards, int seqLen, int prefixLen, double gamma, double lambda) {
        requirePrefix(seqLen, prefixLen);
        int g = seqLen - prefixLen;
        double[] tokenRewards = new double[rewards.length * g];
        for (int b = 0; b < rewards.length; b++) {
            tokenRewards[b * g + g - 1] = rewards[b];
        }
        return gaeOfTokenRewards(values, tokenRewards, seqLen, prefixLen, gamma, lambda);
    }

    /**
     * Generalised advantage estimation with a reward per generated token [batch, G] (such as TRL's per-token
     * KL penalty plus the score at the last token): δ_j = r_j + γ·V(prefixLen + j) - V(prefixLen - 1 + j),
     * with the value after the last token 0, and A_j = Σ_k (γλ)^k δ_{j+k}.
     */
    public static double[] gaeOfTokenRewards(
            double[] values, double[] tokenRewards, int seqLen, int prefixLen, double gamma, double lambda) {
        requirePrefix(seqLen, prefixLen);
        int g = seqLen - prefixLen;
        int batch = tokenRewards.length / g;
        if (values.length != batch * seqLen || tokenRewards.length != batch * g) {
            throw new IllegalArgumentException("values must be [" + batch + ", " + seqLen + "] and token rewards ["
                    + batch + ", " + g + "], got " + values.length + " and " + tokenRewards.length + " values");
        }
        double[] a = new double[tokenRewards.length];
        for (int b = 0; b < batch; b++) {
            double next = 0;
            for (int j = g - 1; j >= 0; j--) {
                int i = b * g + j;
                double nextValue = j == g - 1 ? 0 : values[b * seqLen + prefixLen + j];
                double delta = tokenRewards[i] + gamma * nextValue - values[b * seqLen + prefixLen - 1 + j];
                next = delta + gamma * lambda * next;
                a[i] = next;
            }
        }
        return a;
    }

    private static void requirePrefix(int seqLen, int prefixLen) {
        if (prefixLen < 1 || prefixLen >= seqLen) {
            throw new IllegalArgumentException("prefixLen must be in [1, " + seqLen + "), got " + prefixLen);
        }
    }
}
