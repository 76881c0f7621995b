package org.vecrl.nn;

import java.util.List;

/**
 * The engine-independent part of Adam/AdamW (PyTorch semantics): hyperparameters and bias
 * corrections; clipping and state are {@link AbstractOptimizer}'s. Engines supply the array work.
 */
public abstract class AbstractAdam extends AbstractOptimizer {

    protected final double beta1;
    protected final double beta2;
    protected final double eps;
    protected final double weightDecay;

    protected AbstractAdam(
            List<? extends ParameterizedModel> nets,
            double lr,
            double beta1,
            double beta2,
            double eps,
            double weightDecay,
            double maxGradNorm,
            Gradients gradients) {
        super("adam", true, nets, lr, maxGradNorm, gradients);
        checkRange("beta1", beta1, 0, Math.nextDown(1.0));
        checkRange("beta2", beta2, 0, Math.nextDown(1.0));
        checkRange("eps", eps, 0, Double.MAX_VALUE);
        checkRange("weightDecay", weightDecay, 0, Double.MAX_VALUE);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
    }

    /**
     * Update number {@code step} (1-based) of AdamW: {@code p *= 1 - lr*wd; m = b1 m + (1-b1) g;
     * v = b2 v + (1-b2) g²; p -= lr/bc1 * m / (sqrt(v)/sqrt(bc2) + eps)} with
     * {@code bc = }{@link #biasCorrection}.
     */
    @Override
    protected abstract void update(double lr, long step);

    /** {@code 1 - beta^step}. */
    protected static double biasCorrection(double beta, long step) {
        return 1 - Math.pow(beta, step);
    }
}
