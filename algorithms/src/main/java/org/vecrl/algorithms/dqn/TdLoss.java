package org.vecrl.algorithms.dqn;

/** The TD regression loss: mean over the batch of a penalty on (prediction − target). */
public enum TdLoss {
    /** {@code mean((q − y)²)}, the curriculum's loss. */
    MSE,
    /** Smooth L1 with delta 1 (PyTorch {@code smooth_l1_loss}): quadratic within ±1, linear beyond. */
    HUBER;

    /**
     * The mean loss over {@code n} pairs and, in {@code grad[k]}, its derivative with respect to
     * {@code pred[k]}.
     */
    public double lossAndGrad(float[] pred, float[] target, int n, float[] grad) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
            double d = (double) pred[k] - target[k];
            if (this == MSE) {
                sum += d * d;
                grad[k] = (float) (2 * d / n);
            } else if (Math.abs(d) < 1) {
                sum += 0.5 * d * d;
                grad[k] = (float) (d / n);
            } else {
                sum += Math.abs(d) - 0.5;
                grad[k] = (float) (Math.signum(d) / n);
            }
        }
        return sum / n;
    }
}
