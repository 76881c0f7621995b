package org.vecrl.nn.loss;

/**
 * Temporal-difference regression losses between predicted Q-values and their targets: the mean over
 * the batch of a penalty on (prediction − target), optionally with a weight per sample (prioritized
 * replay's importance weights); {@code weights} null means all 1 and gives exactly the unweighted result.
 */
public final class TdLoss {

    private TdLoss() {}

    /** mean((pred - target)²); adds 2 (pred - target) / n into gradPredOut when non-null. */
    public static double mse(float[] pred, float[] target, int n, float[] gradPredOut) {
        return mse(pred, target, null, n, gradPredOut);
    }

    /** (1/n) Σ w (pred - target)²; adds w 2 (pred - target) / n into gradPredOut when non-null. */
    public static double mse(float[] pred, float[] target, float[] weights, int n, float[] gradPredOut) {
        checkInputs(pred, target, weights, n);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double w = weights == null ? 1.0 : weights[i];
            double d = (double) pred[i] - target[i];
            sum += w * (d * d);
            if (gradPredOut != null) {
                gradPredOut[i] += (float) (w * (2 * d / n));
            }
        }
        return sum / n;
    }

    /**
     * PyTorch's {@code huber_loss(pred, target, delta)} with mean reduction: ½d² where |d| ≤ delta,
     * delta (|d| - ½ delta) elsewhere; adds its gradient (d, or ±delta) / n into gradPredOut when non-null.
     * With delta 1 it is {@code smooth_l1_loss}.
     */
    public static double huber(float[] pred, float[] target, int n, double delta, float[] gradPredOut) {
        return huber(pred, target, null, n, delta, gradPredOut);
    }

    /** The Huber loss with a weight per sample scaling its penalty and gradient. */
    public static double huber(
            float[] pred, float[] target, float[] weights, int n, double delta, float[] gradPredOut) {
        checkInputs(pred, target, weights, n);
        if (!(delta > 0)) {
            throw new IllegalArgumentException("huber delta=" + delta + ": expected > 0");
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double w = weights == null ? 1.0 : weights[i];
            double d = (double) pred[i] - target[i];
            boolean quadratic = Math.abs(d) <= delta;
            sum += w * (quadratic ? 0.5 * d * d : delta * (Math.abs(d) - 0.5 * delta));
            if (gradPredOut != null) {
                gradPredOut[i] += (float) (w * ((quadratic ? d : Math.copySign(delta, d)) / n));
            }
        }
        return sum / n;
    }

    private static void checkInputs(float[] pred, float[] target, float[] weights, int n) {
        Losses.checkLength(n, pred, target);
        if (weights != null) {
            Losses.checkLength(n, weights);
        }
    }
}
