package org.vecrl.algorithms.dqn;

import java.util.Arrays;

/**
 * The configured TD regression loss ({@code loss: mse|huber}); the math is
 * {@link org.vecrl.nn.loss.TdLoss}.
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
     * and, in {@code grad[k]} (overwritten), its derivative with respect to {@code pred[k]};
     * {@code weights} null means all 1 (and gives exactly the unweighted result).
     */
    public double lossAndGrad(float[] pred, float[] target, float[] weights, int n, float[] grad) {
        Arrays.fill(grad, 0, n, 0f);
        return this == MSE
                ? org.vecrl.nn.loss.TdLoss.mse(pred, target, weights, n, grad)
                : org.vecrl.nn.loss.TdLoss.huber(pred, target, weights, n, 1.0, grad);
    }
}
