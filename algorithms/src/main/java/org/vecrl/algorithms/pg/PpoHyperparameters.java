package org.vecrl.algorithms.pg;

import org.vecrl.algorithms.train.Default;
import org.vecrl.algorithms.train.Defaults;
import org.vecrl.core.buffer.TruncationMode;
import org.vecrl.nn.Engine;

/**
 * PPO hyperparameters (config keys in snake_case). Defaults are CleanRL's {@code ppo.py}; the run
 * settings {@code num_envs} and {@code total_timesteps} complete them (batch = num_steps × num_envs).
 *
 * @param numSteps              steps per env per rollout
 * @param numMinibatches        minibatches per epoch (must divide the batch)
 * @param updateEpochs          passes over each rollout
 * @param learningRate          Adam learning rate (initial value when annealed)
 * @param annealLr              anneal linearly to 0 over the run (CleanRL's default)
 * @param gamma                 discount
 * @param gaeLambda             GAE λ
 * @param truncation            how time-limit truncation is bootstrapped
 * @param clipCoef              ratio clip ε (and the value clip when {@code clipValueLoss})
 * @param clipValueLoss         clip the value loss like CleanRL (its clip_vloss)
 * @param entCoef               entropy bonus coefficient
 * @param vfCoef                value-loss coefficient
 * @param valueLossHalf         value loss is ½·mean squared error as in CleanRL (true) or the plain
 *                              mean squared error as in Stable-Baselines3 (false)
 * @param maxGradNorm           global gradient-norm clip (0 = none)
 * @param targetKl              stop the epochs when approx-KL exceeds it (0 = never)
 * @param normalizeAdvantages   normalise advantages per minibatch (CleanRL's norm_adv)
 * @param adamEps               Adam ε
 * @param weightDecay           AdamW decoupled weight decay (0 = Adam)
 * @param normalizeObs          NormalizeObservation-style running statistics (+ clip ±10)
 * @param normalizeReward       NormalizeReward-style return scaling (+ clip ±10)
 * @param logStdInit            initial log-std of the Gaussian policy (continuous actions)
 * @param hiddenSizes           hidden layers of actor and critic (tanh)
 * @param engine                network engine
 */
public record PpoHyperparameters(
        @Default("128") int numSteps,
        @Default("4") int numMinibatches,
        @Default("4") int updateEpochs,
        @Default("2.5e-4") double learningRate,
        @Default("true") boolean annealLr,
        @Default("0.99") double gamma,
        @Default("0.95") double gaeLambda,
        @Default("bootstrap_final_obs") TruncationMode truncation,
        @Default("0.2") double clipCoef,
        @Default("true") boolean clipValueLoss,
        @Default("0.01") double entCoef,
        @Default("0.5") double vfCoef,
        @Default("true") boolean valueLossHalf,
        @Default("0.5") double maxGradNorm,
        @Default("0") double targetKl,
        @Default("true") boolean normalizeAdvantages,
        @Default("1e-5") double adamEps,
        @Default("0") double weightDecay,
        @Default("false") boolean normalizeObs,
        @Default("false") boolean normalizeReward,
        @Default("0") double logStdInit,
        @Default("64,64") int[] hiddenSizes,
        @Default("simd") Engine engine)
        implements OnPolicyHyperparameters {

    /** Checks what a run would only find wrong once training starts; the error names the key and its value. */
    public PpoHyperparameters {
        if (!(clipCoef > 0)) {
            throw new IllegalArgumentException("clip_coef=" + clipCoef + ": expected a number > 0");
        }
    }

    /** CleanRL's {@code ppo.py} defaults, from the annotations. */
    public static PpoHyperparameters defaults() {
        return Defaults.of(PpoHyperparameters.class);
    }
}
