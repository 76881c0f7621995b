package org.vecrl.algorithms.pg;

import java.util.List;

import org.vecrl.algorithms.pg.A2cHyperparameters.OptimizerKind;
import org.vecrl.nn.Mlp;
import org.vecrl.nn.Optimizer;
import org.vecrl.nn.Optimizers;

/**
 * The optimizer an actor-critic learner builds over its networks: Adam/AdamW ({@code beta1},
 * {@code beta2}, {@code eps}, decoupled {@code weightDecay}) or RMSprop as {@code torch.optim.RMSprop}
 * ({@code alpha}, {@code eps}; no momentum, not centered, no weight decay, as SB3's A2C uses it).
 * Components another kind does not use are 0.
 */
record OptimizerSettings(OptimizerKind kind, double beta1, double beta2, double alpha, double eps,
                         double weightDecay) {

    /** Adam (β 0.9, 0.999) with decoupled weight decay {@code weightDecay} (0 = plain Adam). */
    static OptimizerSettings adam(double eps, double weightDecay) {
        return new OptimizerSettings(OptimizerKind.ADAM, 0.9, 0.999, 0, eps, weightDecay);
    }

    /** RMSprop with smoothing {@code alpha} and {@code eps} added after the square root. */
    static OptimizerSettings rmsprop(double alpha, double eps) {
        return new OptimizerSettings(OptimizerKind.RMSPROP, 0, 0, alpha, eps, 0);
    }

    /** The optimizer over {@code nets} at learning rate {@code lr}, clipping the global norm to {@code maxGradNorm}. */
    Optimizer build(List<Mlp> nets, double lr, double maxGradNorm) {
        return switch (kind) {
            case ADAM -> Optimizers.adam(nets, lr, beta1, beta2, eps, weightDecay, maxGradNorm);
            case RMSPROP -> Optimizers.rmsprop(nets, lr, alpha, eps, weightDecay, maxGradNorm);
        };
    }
}
