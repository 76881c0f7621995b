package org.vecrl.algorithms.pg;

import java.util.Arrays;
import org.vecrl.nn.loss.PpoLoss;

/**
 * The PPO loss of one minibatch in CleanRL's form (minimised), assembled from nn's
 * {@link PpoLoss} terms, with its gradient with respect to the new log-probs, entropies and values:
 * <pre>
 *   Â = (A − mean A) / (std A + 1e-8)        (per minibatch, unbiased std; optional)
 *   L = −L_clip(Â, ε) − c_ent·mean H + c_v·½·mean (V − R)²     (value term optionally clipped)
 * </pre>
 * or with {@code c_v·mean (V − R)²} (Stable-Baselines3's form) when {@code valueLossHalf} is false.
 * With {@code clipCoef = +∞} and no normalisation it is A2C's loss {@code −mean(A·logπ) − …}.
 * Diagnostics of the last call: policy loss −L_clip, value loss (½·)mean squared error, mean
 * entropy, approx-KL and clip fraction. Scratch arrays are allocated once for the largest batch.
 */
final class PpoObjective {
    private final double clipCoef;
    private final double entCoef;
    private final double vfCoef;
    private final double valueScale;
    private final boolean clipValueLoss;
    private final boolean normalizeAdvantages;
    private final float[] normalizedAdv;
    private final float[] scratch;

    private double policyLoss;
    private double valueLoss;
    private double entropy;
    private double approxKl;
    private double clipFraction;

    PpoObjective(
            double clipCoef,
            double entCoef,
            double vfCoef,
            boolean valueLossHalf,
            boolean clipValueLoss,
            boolean normalizeAdvantages,
            int maxBatch) {
        this.clipCoef = clipCoef;
        this.entCoef = entCoef;
        this.vfCoef = vfCoef;
        this.valueScale = valueLossHalf ? 0.5 : 1.0;
        this.clipValueLoss = clipValueLoss;
        this.normalizeAdvantages = normalizeAdvantages;
        this.normalizedAdv = new float[maxBatch];
        this.scratch = new float[maxBatch];
    }

    /**
     * Computes the loss of {@code m} samples; writes dL/dlogπ_new into {@code dLogProb}, dL/dH into
     * {@code dEntropy} and dL/dV into {@code dValue}. Returns L.
     */
    double compute(
            int m,
            float[] newLogProb,
            float[] oldLogProb,
            float[] advantages,
            float[] entropies,
            float[] newValues,
            float[] oldValues,
            float[] returns,
            float[] dLogProb,
            float[] dEntropy,
            float[] dValue) {
        if (normalizeAdvantages) {
            PpoLoss.normalizeAdvantages(advantages, m, 1e-8, normalizedAdv);
        } else {
            System.arraycopy(advantages, 0, normalizedAdv, 0, m);
        }
        Arrays.fill(scratch, 0, m, 0f);
        policyLoss = -PpoLoss.clippedSurrogate(newLogProb, oldLogProb, normalizedAdv, m, clipCoef, scratch);
        for (int i = 0; i < m; i++) {
            dLogProb[i] = -scratch[i];
        }
        Arrays.fill(scratch, 0, m, 0f);
        valueLoss = clipValueLoss
                ? PpoLoss.clippedValueLoss(newValues, oldValues, returns, m, clipCoef, valueScale, scratch)
                : PpoLoss.valueLoss(newValues, returns, m, valueScale, scratch);
        for (int i = 0; i < m; i++) {
            dValue[i] = (float) (vfCoef * scratch[i]);
        }
        entropy = PpoLoss.entropyBonus(entropies, m, 1.0, null);
        Arrays.fill(dEntropy, 0, m, (float) (-entCoef / m));
        approxKl = PpoLoss.approxKl(newLogProb, oldLogProb, m);
        clipFraction = PpoLoss.clipFraction(newLogProb, oldLogProb, m, clipCoef);
        return policyLoss - entCoef * entropy + vfCoef * valueLoss;
    }

    /** −L_clip of the last call. */
    double policyLoss() {
        return policyLoss;
    }

    /** (½·)mean squared value error (clipped if configured) of the last call, before vf_coef. */
    double valueLoss() {
        return valueLoss;
    }

    /** Mean entropy of the last call. */
    double entropy() {
        return entropy;
    }

    /** mean(r − 1 − log r) of the last call. */
    double approxKl() {
        return approxKl;
    }

    /** Fraction of samples with |r − 1| > ε in the last call. */
    double clipFraction() {
        return clipFraction;
    }
}
