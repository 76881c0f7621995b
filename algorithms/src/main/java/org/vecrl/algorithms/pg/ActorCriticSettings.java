package org.vecrl.algorithms.pg;

import org.vecrl.core.buffer.TruncationMode;
import org.vecrl.nn.Activation;
import org.vecrl.nn.Engine;

/**
 * Everything {@link ActorCriticLearner} needs, shared by PPO, A2C and REINFORCE (which map their
 * own hyperparameter records onto it). The value loss is {@code vfCoef · ½·mean((V − R)²)} as in
 * CleanRL when {@code valueLossHalf}, else {@code vfCoef · mean((V − R)²)} as in Stable-Baselines3;
 * {@code clipCoef = +∞} disables ratio clipping; {@code targetKl <= 0} disables the early stop.
 */
record ActorCriticSettings(int numSteps, int numMinibatches, int updateEpochs, double learningRate, boolean annealLr,
                           double gamma, double gaeLambda, TruncationMode truncation, double clipCoef,
                           boolean clipValueLoss, double entCoef, double vfCoef, boolean valueLossHalf,
                           double maxGradNorm, double targetKl, boolean normalizeAdvantages,
                           OptimizerSettings optimizer, boolean normalizeObservations, boolean normalizeRewards,
                           double logStdInit, int[] hiddenSizes, Activation activation, Engine engine) {

    ActorCriticSettings {
        positive("num_steps", numSteps);
        positive("num_minibatches", numMinibatches);
        positive("update_epochs", updateEpochs);
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learning_rate=" + learningRate + ": expected > 0");
        }
        if (!(clipCoef > 0)) {
            throw new IllegalArgumentException("clip_coef=" + clipCoef + ": expected > 0");
        }
        if (hiddenSizes == null || hiddenSizes.length == 0) {
            throw new IllegalArgumentException("hidden_sizes is empty: expected at least one hidden layer");
        }
    }

    private static void positive(String key, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(key + "=" + value + ": expected >= 1");
        }
    }
}
