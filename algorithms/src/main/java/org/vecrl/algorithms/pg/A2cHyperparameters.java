package org.vecrl.algorithms.pg;

import org.vecrl.core.buffer.TruncationMode;
import org.vecrl.nn.Activation;
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
 * @param normAdv         normalise advantages per batch
 * @param optimizer       rmsprop or adam
 * @param rmspropAlpha    RMSprop smoothing α
 * @param optimizerEps    ε of the optimizer
 * @param normalizeObs    NormalizeObservation-style running statistics
 * @param normalizeReward NormalizeReward-style return scaling
 * @param logStdInit      initial log-std of the Gaussian policy
 * @param hiddenSizes     hidden layers (tanh)
 * @param engine          network engine
 */
public record A2cHyperparameters(int numSteps, double learningRate, boolean annealLr, double gamma, double gaeLambda,
                                 TruncationMode truncation, double entCoef, double vfCoef, double maxGradNorm,
                                 boolean normAdv, OptimizerKind optimizer, double rmspropAlpha, double optimizerEps,
                                 boolean normalizeObs, boolean normalizeReward, double logStdInit,
                                 int[] hiddenSizes, Engine engine) {

    /** The optimizer A2C uses. */
    public enum OptimizerKind { RMSPROP, ADAM }

    /** SB3's A2C defaults. */
    public static A2cHyperparameters defaults() {
        return new A2cHyperparameters(5, 7e-4, false, 0.99, 1.0, TruncationMode.BOOTSTRAP_FINAL_OBS, 0.0, 0.5, 0.5,
                false, OptimizerKind.RMSPROP, 0.99, 1e-5, false, false, 0, new int[] {64, 64}, Engine.SIMD);
    }

    ActorCriticSettings toSettings() {
        OptimizerSettings opt = optimizer == OptimizerKind.RMSPROP
                ? OptimizerSettings.rmsprop(rmspropAlpha, optimizerEps) : OptimizerSettings.adam(optimizerEps, 0);
        return new ActorCriticSettings(numSteps, 1, 1, learningRate, annealLr, gamma, gaeLambda, truncation,
                Double.POSITIVE_INFINITY, false, entCoef, vfCoef, false, maxGradNorm, 0, normAdv, opt, normalizeObs,
                normalizeReward, logStdInit, hiddenSizes,
                Activation.TANH, engine);
    }
}
