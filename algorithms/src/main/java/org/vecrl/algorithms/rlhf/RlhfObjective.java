package org.vecrl.algorithms.rlhf;

/**
 * The curriculum's RLHF objective (§4.7) on one minibatch, maximised: {@code L_clip - L_VF + S - KL}, with
 * its gradient for the optimiser (which minimises the negative) with respect to the policy's logits and
 * the value head's outputs. G = seqLen - prefixLen generated tokens; the per-position terms read the
 * positions prefixLen - 1 .. seqLen - 2, whose predictions are the generated tokens.
 * <ul>
 *   <li>KL = klCoef · mean over (b, position) of Σ_v p·(log p - log q), p = softmax(logits), q =
 *   softmax(refLogits), from log-softmax (stable at ×100 logits);</li>
 *   <li>S = entCoef · mean of -Σ_v p·log p;</li>
 *   <li>L_VF = 0.5 · vfCoef · mean((v - returns)²);</li>
 *   <li>L_clip = mean of min(r·Â, clip(r, 1 ± clipCoef)·Â) with r = exp(logp - oldLogp) and Â the
 *   advantages normalised over all B×G entries (unbiased std, + 1e-8).</li>
 * </ul>
 *
 * @param clipCoef the PPO clip range
 * @param vfCoef the value-loss coefficient
 * @param entCoef the entropy-bonus coefficient
 * @param klCoef the KL-penalty coefficient
 * @param normalizeAdvantages normalise the advantages over the minibatch (PPO); false uses them as given
 *     (GRPO, whose advantages are already normalised within the group)
 */
public record RlhfObjective(
        double clipCoef, double vfCoef, double entCoef, double klCoef, boolean normalizeAdvantages) {
    private static final double ADV_EPS = 1e-8;

    /** Validates every coefficient; the error names it. */
    public RlhfObjective {
        nonNegative("clip_coef", clipCoef);
        nonNegative("vf_coef", vfCoef);
        nonNegative("ent_coef", entCoef);
        nonNegative("kl_coef", klCoef);
    }

    /** The curriculum's defaults: clip 0.2, vf 0.15, entropy 0.001, KL 2.5, normalised advantages. */
    public static RlhfObjective curriculum() {
        return new RlhfObjective(0.2, 0.15, 0.001, 2.5, true);
    }

    /** One minibatch of rollout data, B sequences of seqLen tokens, G = seqLen - prefixLen generated. */
    public record Minibatch(
            int[] tokens,
            int batch,
            int seqLen,
            int prefixLen,
            double[] oldLogProbs,
            double[] advantages,
            double[] returns,
            float[] refLogits) {}

    /**
     * The value of each term and of the objective, the mean KL itself (without its coefficient), the fraction
     * of clipped ratios, and the gradient of
     * the loss (-objective) with respect to the logits [B, S, V] and the values [B, S] (0 outside the
     * generated slice).
     */
    public record Result(
            double objective,
            double clippedSurrogate,
            double valueLoss,
            double entropyBonus,
            double klPenalty,
            double meanKl,
            double clipFraction,
            float[] dlogits,
            float[] dvalues) {}

    /** The objective of {@code logits} [B, S, V] and {@code values} [B, S] on {@code mb}. */
    public Result evaluate(float[] logits, float[] values, int vocab, Minibatch mb) {
        int batch = mb.batch();
        int seqLen = mb.seqLen();
        int g = seqLen - mb.prefixLen();
        int n = batch * g;
        if (logits.length != batch * seqLen * vocab
                || values.length != batch * seqLen
                || mb.refLogits().length != logits.length
                || mb.oldLogProbs().length != n
                || mb.advantages().length != n
                || mb.returns().length != n) {
            throw new IllegalArgumentException(
                    "minibatch shapes do not match B=" + batch + ", S=" + seqLen + ", V=" + vocab + ", G=" + g);
        }
        double[] adv = normalizeAdvantages ? Rewards.normalize(mb.advantages(), ADV_EPS) : mb.advantages();
        float[] dlogits = new float[logits.length];
        float[] dvalues = new float[values.length];
        double[] logp = new double[vocab];
        double[] logq = new double[vocab];
        double clipSum = 0;
        double klSum = 0;
        double entSum = 0;
        double vfSum = 0;
        int clipped = 0;
        for (int b = 0; b < batch; b++) {
            for (int j = 0; j < g; j++) {
                int i = b * g + j;
                int pos = b * seqLen + mb.prefixLen() - 1 + j;
                int o = pos * vocab;
                LogSoftmax.row(logits, o, vocab, logp, 0);
                LogSoftmax.row(mb.refLogits(), o, vocab, logq, 0);
                int token = mb.tokens()[pos + 1];
                double kl = 0;
                double entropy = 0;
                for (int v = 0; v < vocab; v++) {
                    double p = Math.exp(logp[v]);
                    kl += p * (logp[v] - logq[v]);
                    entropy -= p * logp[v];
                }
                double ratio = Math.exp(logp[token] - mb.oldLogProbs()[i]);
                double clippedRatio = Math.max(1 - clipCoef, Math.min(1 + clipCoef, ratio));
                double unclippedTerm = ratio * adv[i];
                double clippedTerm = clippedRatio * adv[i];
                // d(term)/d(logp[token]): the unclipped branch's r·Â unless the clipped one is strictly smaller.
                double dTerm = clippedTerm < unclippedTerm ? 0 : unclippedTerm;
                if (clippedRatio != ratio) {
                    clipped++;
                }
                clipSum += Math.min(unclippedTerm, clippedTerm);
                klSum += kl;
                entSum += entropy;
                double diff = values[pos] - mb.returns()[i];
                vfSum += diff * diff;
                dvalues[pos] = (float) (vfCoef * diff / n);
                for (int v = 0; v < vocab; v++) {
                    double p = Math.exp(logp[v]);
                    double dKl = p * (logp[v] - logq[v] - kl);
                    double dEntropy = -p * (logp[v] + entropy);
                    double dLogpToken = (v == token ? 1 : 0) - p;
                    double dObjective = dTerm * dLogpToken - klCoef * dKl + entCoef * dEntropy;
                    dlogits[o + v] = (float) (-dObjective / n);
                }
            }
        }
        double clipTerm = clipSum / n;
        double valueLoss = 0.5 * vfCoef * vfSum / n;
        double entropyBonus = entCoef * entSum / n;
        double klPenalty = klCoef * klSum / n;
        return new Result(
                clipTerm - valueLoss + entropyBonus - klPenalty,
                clipTerm,
                valueLoss,
                entropyBonus,
                klPenalty,
                klSum / n,
                (double) clipped / n,
                dlogits,
                dvalues);
    }

    private static void nonNegative(String key, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(key + "=" + value + ": expected a finite number >= 0");
        }
    }
}
