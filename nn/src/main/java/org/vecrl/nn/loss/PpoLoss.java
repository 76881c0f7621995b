package org.vecrl.nn.loss;

/**
 * PPO's objective terms (Schulman et al. 2017, equation 9). The surrogate and entropy bonus are terms to MAXIMISE and
 * the value loss a term to minimise; the total objective is {@code L_clip - L_VF + S}, so a caller
 * that descends a loss uses {@code -(L_clip - L_VF + S)} and negates the gradients accordingly.
 */
public final class PpoLoss {

    private PpoLoss() {}

    /** out = (A - mean(A)) / (std(A) + eps) over the first n entries, with the unbiased std. */
    public static void normalizeAdvantages(float[] advantages, int n, double eps, float[] out) {
        Losses.checkLength(n, advantages);
        if (n < 2) {
            throw new IllegalArgumentException(
                    "cannot normalise " + n + " advantage: expected n >= 2 for an unbiased std");
        }
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += advantages[i];
        }
        mean /= n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = advantages[i] - mean;
            ss += d * d;
        }
        double std = Math.sqrt(ss / (n - 1));
        for (int i = 0; i < n; i++) {
            out[i] = (float) ((advantages[i] - mean) / (std + eps));
        }
    }

    /**
     * L_clip = mean(min(r Â, clip(r, 1-ε, 1+ε) Â)) with r = exp(newLogProb - oldLogProb) and
     * {@code advantages} already normalised. Adds ∂L_clip / ∂newLogProb into gradNewLogProbOut when
     * non-null: r Â / n where the unclipped branch is the minimum (ties included), else 0.
     */
    public static double clippedSurrogate(
            float[] newLogProb,
            float[] oldLogProb,
            float[] advantages,
            int n,
            double clipCoef,
            float[] gradNewLogProbOut) {
        Losses.checkLength(n, newLogProb, oldLogProb, advantages);
        if (!(clipCoef >= 0)) {
            throw new IllegalArgumentException("clipCoef=" + clipCoef + ": expected >= 0");
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double ratio = Math.exp((double) newLogProb[i] - oldLogProb[i]);
            double adv = advantages[i];
            double unclipped = ratio * adv;
            double clipped = Math.min(Math.max(ratio, 1 - clipCoef), 1 + clipCoef) * adv;
            boolean unclippedIsMin = unclipped <= clipped;
            sum += unclippedIsMin ? unclipped : clipped;
            if (gradNewLogProbOut != null && unclippedIsMin) {
                gradNewLogProbOut[i] += (float) (unclipped / n);
            }
        }
        return sum / n;
    }

    /** approx_kl = mean(r - 1 - log r), the low-variance KL estimate PPO logs. */
    public static double approxKl(float[] newLogProb, float[] oldLogProb, int n) {
        Losses.checkLength(n, newLogProb, oldLogProb);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double logRatio = (double) newLogProb[i] - oldLogProb[i];
            sum += Math.exp(logRatio) - 1 - logRatio;
        }
        return sum / n;
    }

    /** clipfrac = mean(|r - 1| > clipCoef). */
    public static double clipFraction(float[] newLogProb, float[] oldLogProb, int n, double clipCoef) {
        Losses.checkLength(n, newLogProb, oldLogProb);
        int clipped = 0;
        for (int i = 0; i < n; i++) {
            if (Math.abs(Math.exp((double) newLogProb[i] - oldLogProb[i]) - 1) > clipCoef) {
                clipped++;
            }
        }
        return (double) clipped / n;
    }

    /** L_VF = vfCoef · mean((values - returns)²), no ½; adds its gradient into gradValuesOut when non-null. */
    public static double valueLoss(float[] values, float[] returns, int n, double vfCoef, float[] gradValuesOut) {
        Losses.checkLength(n, values, returns);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double d = (double) values[i] - returns[i];
            sum += d * d;
            if (gradValuesOut != null) {
                gradValuesOut[i] += (float) (vfCoef * 2 * d / n);
            }
        }
        return vfCoef * sum / n;
    }

    /**
     * The clipped value loss of CleanRL ({@code clip_value_loss}): vfCoef · mean(max((v - R)², (v_c - R)²))
     * with v_c = oldValues + clip(v - oldValues, -clipCoef, clipCoef). At a tie the gradient goes
     * through the unclipped branch.
     */
    public static double clippedValueLoss(
            float[] values,
            float[] oldValues,
            float[] returns,
            int n,
            double clipCoef,
            double vfCoef,
            float[] gradValuesOut) {
        Losses.checkLength(n, values, oldValues, returns);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double delta = (double) values[i] - oldValues[i];
            boolean inside = Math.abs(delta) <= clipCoef;
            double vClipped = oldValues[i] + Math.max(-clipCoef, Math.min(clipCoef, delta));
            double du = (double) values[i] - returns[i];
            double dc = vClipped - returns[i];
            boolean unclippedIsMax = du * du >= dc * dc;
            sum += unclippedIsMax ? du * du : dc * dc;
            if (gradValuesOut != null) {
                double g = unclippedIsMax ? 2 * du : (inside ? 2 * dc : 0);
                gradValuesOut[i] += (float) (vfCoef * g / n);
            }
        }
        return vfCoef * sum / n;
    }

    /** S = entCoef · mean(entropy); adds entCoef / n into gradEntropyOut when non-null. */
    public static double entropyBonus(float[] entropy, int n, double entCoef, float[] gradEntropyOut) {
        Losses.checkLength(n, entropy);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += entropy[i];
            if (gradEntropyOut != null) {
                gradEntropyOut[i] += (float) (entCoef / n);
            }
        }
        return entCoef * sum / n;
    }
}
