package org.vecrl.nn.nd4j;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * The categorical distribution and PPO objective terms as SameDiff graph pieces: the autodiff
 * reference for the hand-written float[] losses ({@code SameDiffLossesTest} compares the two).
 * Written from primitives to avoid traps of DL4J 1.0.0-M2.1: log-softmax is {@code x - max - log Σ exp(x - max)} because
 * {@code sd.nn.logSoftmax(x, 1)} and {@code logSumExp(x, 1)} fail in the backward pass, and min is
 * {@code a - relu(a - b)} because {@code sd.math.min} doubles the gradient at ties. Logits are
 * [batch, n]; per-sample quantities are [batch].
 */
public final class SameDiffLosses {

    private SameDiffLosses() {}

    /** log softmax over the last dimension of [batch, n] logits. */
    public static SDVariable logSoftmax(SameDiff sd, SDVariable logits) {
        SDVariable shifted = logits.sub(sd.max(logits, true, 1));
        SDVariable lse = sd.math.log(sd.sum(sd.math.exp(shifted), true, 1));
        return shifted.sub(lse);
    }

    /** log p(a) per row, with the actions given one-hot as [batch, n]. */
    public static SDVariable logProb(SameDiff sd, SDVariable logits, SDVariable oneHotActions) {
        return logSoftmax(sd, logits).mul(oneHotActions).sum(1);
    }

    /** -Σ p log p per row, in nats. */
    public static SDVariable entropy(SameDiff sd, SDVariable logits) {
        SDVariable logP = logSoftmax(sd, logits);
        return sd.math.exp(logP).mul(logP).sum(1).neg();
    }

    /** mean(min(r Â, clip(r, 1-ε, 1+ε) Â)) with r = exp(newLogProb - oldLogProb), a term to maximise. */
    public static SDVariable clippedSurrogate(
            SameDiff sd, SDVariable newLogProb, SDVariable oldLogProb, SDVariable advantages, double clipCoef) {
        SDVariable ratio = sd.math.exp(newLogProb.sub(oldLogProb));
        SDVariable unclipped = ratio.mul(advantages);
        SDVariable clipped =
                sd.math.clipByValue(ratio, 1 - clipCoef, 1 + clipCoef).mul(advantages);
        SDVariable min = unclipped.sub(sd.nn.relu(unclipped.sub(clipped), 0));
        return min.mean();
    }

    /** vfCoef · mean((values - returns)²), without CleanRL's factor ½ (as {@code PpoLoss.valueLoss}). */
    public static SDVariable valueLoss(SameDiff sd, SDVariable values, SDVariable returns, double vfCoef) {
        SDVariable d = values.sub(returns);
        return d.mul(d).mean().mul(vfCoef);
    }
}
