package org.vecrl.algorithms.pg;

import org.vecrl.algorithms.train.Default;
import org.vecrl.algorithms.train.Defaults;
import org.vecrl.core.buffer.TruncationMode;
import org.vecrl.nn.Engine;

/**
 * A2C hyperparameters with Stable-Baselines3's defaults: n-step rollouts, GAE (λ = 1 gives plain
 * n-step returns), one gradient step per rollout on the whole batch, no ratio clipping. The value
 * loss is {@code vf_coef · mean((V − R)²)} as in SB3. {@code optimizer} is {@code rmsprop} (SB3's
 * default: {@code torch.optim.RMSprop} with α = {@code rmsprop_alpha} 0.99, ε = {@code optimizer_eps}
 * 1e-5 added after the square root, no momentum, no bias correction) or {@code adam} (β 0.9, 0.999,
 * ε = {@code optimizer_eps}).
 *
 * @param numSteps        steps per env per rollout (n)
 * @param learningRate    learning rate
 * @param annealLr        anneal linearly to 0 over the run
 * @param gamma           discount
 * @param gaeLambda       GAE λ
 * @param truncation      how time-limit truncation is bootstrapped
 * @param entCoef         entropy bonus coefficient
 * @param vfCoef          value-loss coefficient
 * @param maxGradNorm     global gradient-norm clip (0 = none)
 * @param normalizeAdvantages normalise advantages per batch
 * @param optimizer       rmsprop or adam
 * @param rmspropAlpha    RMSprop smoothing α
 * @param optimizerEps    ε of the optimizer
 * @param normalizeObs    NormalizeObservation-style running statistics
 * @param normalizeReward NormalizeReward-style return scaling
 * @param logStdInit      initial log-std of the Gaussian policy
 * @param hiddenSizes     hidden layers (tanh)
 * @param engine          network engine
 */
public record A2cHyperparameters(
        @Default("5") int numSteps,
        @Default("7e-4") double learningRate,
        @Default("false") boolean annealLr,
        @Default("0.99") double gamma,
        @Default("1.0") double gaeLambda,
        @Default("bootstrap_final_obs") TruncationMode truncation,
        @Default("0.0") double entCoef,
        @Default("0.5") double vfCoef,
        @Default("0.5") double maxGradNorm,
        @Default("false") boolean normalizeAdvantages,
        @Default("rmsprop") OptimizerKind optimizer,
        @Default("0.99") double rmspropAlpha,
        @Default("1e-5") double optimizerEps,
        @Default("false") boolean normalizeObs,
        @Default("false") boolean normalizeReward,
        @Default("0") double logStdInit,
        @Default("64,64") int[] hiddenSizes,
        @Default("simd") Engine engine)
        implements OnPolicyHyperparameters {

    /** The optimizer A2C uses. */
    public enum OptimizerKind {
        RMSPROP,
        ADAM
    }

    /** SB3's A2C defaults, from the annotations. */
    public static A2cHyperparameters defaults() {
        return Defaults.of(A2cHyperparameters.class);
    }
}
