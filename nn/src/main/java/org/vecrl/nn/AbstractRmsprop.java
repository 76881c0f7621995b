package org.vecrl.nn;

import java.util.List;

/**
 * The engine-independent part of RMSprop as {@code torch.optim.RMSprop} without momentum or
 * centering: hyperparameters; clipping and state are {@link AbstractOptimizer}'s. The state keeps
 * the running mean of squared gradients ({@code square_avg}) as second moments and no first moments.
 */
public abstract class AbstractRmsprop extends AbstractOptimizer {

    protected final double alpha;
    protected final double eps;
    protected final double weightDecay;

    protected AbstractRmsprop(
            List<? extends ParameterizedModel> nets,
            double lr,
            double alpha,
            double eps,
            double weightDecay,
            double maxGradNorm,
            Gradients gradients) {
        super("rmsprop", false, nets, lr, maxGradNorm, gradients);
        checkRange("alpha", alpha, 0, Math.nextDown(1.0));
        checkRange("eps", eps, 0, Double.MAX_VALUE);
        checkRange("weightDecay", weightDecay, 0, Double.MAX_VALUE);
        this.alpha = alpha;
        this.eps = eps;
        this.weightDecay = weightDecay;
    }

    /**
     * Update of RMSprop with L2 weight decay (torch's coupled form): {@code g' = g + wd*p;
     * s = alpha s + (1-alpha) g'²; p -= lr * g' / (sqrt(s) + eps)}. The stored gradients stay {@code g}.
     */
    @Override
    protected abstract void update(double lr, long step);

    /** Empty first-moment arrays, one per network of {@code sizes}' length. */
    protected static float[][] noFirstMoments(int networks) {
        return new float[networks][0];
    }
}
