package org.vecrl.algorithms.pg;

import org.vecrl.core.buffer.TruncationMode;
import org.vecrl.nn.Activation;
import org.vecrl.nn.Engine;

/**
 * PPO hyperparameters (config keys in snake_case). Defaults are CleanRL's {@code ppo.py}; the run
 * settings {@code num_envs} and {@code total_timesteps} complete them (batch = num_steps × num_envs).
 *
 * @param numSteps              steps per env per rollout
 * @param numMinibatches        minibatches per epoch (must divide the batch)
 * @param updateEpochs          passes over each rollout
 * @param learningRate          Adam learning rate (initial value when annealed)
 * @param annealLr              anneal linearly to 0 over the run (curriculum's VecRL default)
 * @param gamma                 discount
 * @param gaeLambda             GAE λ
 * @param truncation            how time-limit truncation is bootstrapped
 * @param clipCoef              ratio clip ε (and the value clip when {@code clipVloss})
 * @param clipVloss             clip the value loss like CleanRL
 * @param entCoef               entropy bonus coefficient
 * @param vfCoef                value-loss coefficient
 * @param valueLossHalf         value loss is ½·mean squared error as in CleanRL (true) or the plain
 *                              mean squared error as in Stable-Baselines3 (false)
 * @param maxGradNorm           global gradient-norm clip (0 = none)
 * @param targetKl              stop the epochs when approx-KL exceeds it (0 = never)
 * @param normAdv               normalise advantages per minibatch
 * @param adamEps               Adam ε
 * @param weightDecay           AdamW decoupled weight decay (0 = Adam)
 * @param normalizeObs          NormalizeObservation-style running statistics (+ clip ±10)
 * @param normalizeReward       NormalizeReward-style return scaling (+ clip ±10)
 * @param logStdInit            initial log-std of the Gaussian policy (continuous actions)
 * @param hiddenSizes           hidden layers of actor and critic (tanh)
 * @param engine                network engine
 */
public record PpoHyperparameters(int numSteps, int numMinibatches, int updateEpochs, double learningRate,
                                 boolean annealLr, double gamma, double gaeLambda, TruncationMode truncation,
                                 double clipCoef, boolean clipVloss, double entCoef, double vfCoef,
                                 boolean valueLossHalf, double maxGradNorm, double targetKl, boolean normAdv,
                                 double adamEps,
                                 double weightDecay, boolean normalizeObs, boolean normalizeReward,
                                 double logStdInit, int[] hiddenSizes, Engine engine) {

    /** CleanRL's defaults (CartPole-v1 with 4 envs). */
    public static PpoHyperparameters defaults() {
        return new PpoHyperparameters(128, 4, 4, 2.5e-4, true, 0.99, 0.95, TruncationMode.BOOTSTRAP_FINAL_OBS, 0.2,
                true, 0.01, 0.5, true, 0.5, 0, true, 1e-5, 0, false, false, 0, new int[] {64, 64}, Engine.SIMD);
    }

    ActorCriticSettings toSettings() {
        return new ActorCriticSettings(numSteps, numMinibatches, updateEpochs, learningRate, annealLr, gamma,
                gaeLambda, truncation, clipCoef, clipVloss, entCoef, vfCoef, valueLossHalf, maxGradNorm, targetKl,
                normAdv, OptimizerSettings.adam(adamEps, weightDecay), normalizeObs, normalizeReward, logStdInit,
                hiddenSizes, Activation.TANH, engine);
    }
}
