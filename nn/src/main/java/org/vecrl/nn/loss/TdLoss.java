package org.vecrl.nn.loss;

/** Temporal-difference regression losses between predicted Q-values and their targets. */
public final class TdLoss {

    private TdLoss() {}

    /** mean((pred - target)²); adds 2 (pred - target) / n into gradPredOut when non-null. */
    public static double mse(float[] pred, float[] target, int n, float[] gradPredOut) {
        Losses.checkLength(n, pred, target);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double d = (double) pred[i] - target[i];
            sum += d * d;
            if (gradPredOut != null) {
                gradPredOut[i] += (float) (2 * d / n);
            }
        }
        return sum / n;
    }

    /**
     * PyTorch's {@code huber_loss(pred, target, delta)} with mean reduction: ½d² where |d| ≤ delta,
     * delta (|d| - ½ delta) elsewhere; adds its gradient (d, or ±delta) / n into gradPredOut when non-null.
     */
    public static double huber(float[] pred, float[] target, int n, double delta, float[] gradPredOut) {
        Losses.checkLength(n, pred, target);
        if (!(delta > 0)) {
            throw new IllegalArgumentException("huber delta=" + delta + ": expected > 0");
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double d = (double) pred[i] - target[i];
            boolean quadratic = Math.abs(d) <= delta;
            sum += quadratic ? 0.5 * d * d : delta * (Math.abs(d) - 0.5 * delta);
            if (gradPredOut != null) {
                gradPredOut[i] += (float) ((quadratic ? d : Math.copySign(delta, d)) / n);
            }
        }
        return sum / n;
    }
}
