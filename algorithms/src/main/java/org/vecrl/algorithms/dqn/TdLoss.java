package org.vecrl.algorithms.dqn;

/**
 * The TD regression loss: mean over the batch of a penalty on (prediction − target), optionally
 * with a weight per sample (prioritized replay's importance weights).
 */
public enum TdLoss {
    /** {@code mean((q − y)²)}, the default. */
    MSE,
    /** Smooth L1 with delta 1 (PyTorch {@code smooth_l1_loss}): quadratic within ±1, linear beyond. */
    HUBER;

    /**
     * The mean loss over {@code n} pairs and, in {@code grad[k]}, its derivative with respect to
     * {@code pred[k]}.
     */
    public double lossAndGrad(float[] pred, float[] target, int n, float[] grad) {
        return lossAndGrad(pred, target, null, n, grad);
    }

    /**
     * The weighted mean {@code (1/n) sum_k w[k] * penalty(pred[k] − target[k])} over {@code n} pairs
     * and, in {@code grad[k]}, its derivative with respect to {@code pred[k]}; {@code weights} null
     * means all 1 (and gives exactly the unweighted result).
     */
    public double lossAndGrad(float[] pred, float[] target, float[] weights, int n, float[] grad) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
            double w = weights == null ? 1.0 : weights[k];
            double d = (double) pred[k] - target[k];
            if (this == MSE) {
                sum += w * (d * d);
                grad[k] = (float) (w * (2 * d / n));
            } else if (Math.abs(d) < 1) {
                sum += w * (0.5 * d * d);
                grad[k] = (float) (w * (d / n));
            } else {
                sum += w * (Math.abs(d) - 0.5);
                grad[k] = (float) (w * (Math.signum(d) / n));
            }
        }
        return sum / n;
    }
}
