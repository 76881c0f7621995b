package org.vecrl.algorithms.dqn;

import org.vecrl.nn.Engine;

/**
 * DQN hyperparameters (config keys in snake_case), each listed with its default (a classic DQN setup
 * for CartPole-v1: AdamW, uniform replay, hard target copies); the run settings (seed, env,
 * total_timesteps, num_envs) live in {@link org.vecrl.algorithms.train.RunSettings}.
 *
 * @param hiddenSizes          Q-network hidden layers (ReLU), [120, 84]
 * @param engine               nn engine: simd (plain Java + Vector API) or nd4j
 * @param bufferSize           replay capacity, 10,000
 * @param batchSize            transitions per gradient step, 128
 * @param learningRate         AdamW learning rate, 2.5e-4
 * @param weightDecay          AdamW decoupled weight decay, 0.01 (0 gives Adam)
 * @param adamEps              Adam epsilon, 1e-8
 * @param maxGradNorm          global gradient-norm clip, 0 = off
 * @param gamma                discount, 0.99
 * @param startE               initial epsilon, 1.0
 * @param endE                 final epsilon, 0.1
 * @param explorationFraction  fraction of total_timesteps over which epsilon decays, 0.2
 * @param learningStarts       environment steps of random-ish prefill before training, 10,000 (= buffer_size)
 * @param trainFrequency       vector steps between training phases, 10
 * @param gradientSteps        gradient steps per training phase, 1
 * @param targetUpdateInterval gradient steps between target updates, 100 (the first update included)
 * @param tau                  target update weight: 1 copies, below 1 is a Polyak average
 * @param doubleDqn            choose the next action with the online network (Double DQN)
 * @param dueling              dueling heads: Q = V + A - mean A on the last hidden layer's features
 * @param loss                 mse (the default) or huber (smooth L1, delta 1)
 * @param prioritizedReplay    proportional prioritized replay (Schaul et al. 2016) instead of uniform sampling, false
 * @param perAlpha             priority exponent: rows are sampled with probability p^alpha / sum p^alpha, 0.6
 * @param perBetaStart         importance-weight exponent at step 0, annealed linearly to 1 over total_timesteps, 0.4
 * @param perEps               added to |TD error| to give a row's priority, 1e-6
 */
public record DqnArgs(int[] hiddenSizes, Engine engine, int bufferSize, int batchSize, double learningRate,
                      double weightDecay, double adamEps, double maxGradNorm, double gamma, double startE, double endE,
                      double explorationFraction, long learningStarts, int trainFrequency, int gradientSteps,
                      int targetUpdateInterval, double tau, boolean doubleDqn, boolean dueling, TdLoss loss,
                      boolean prioritizedReplay, double perAlpha, double perBetaStart, double perEps) {

    public DqnArgs {
        hiddenSizes = hiddenSizes.clone();
        check(bufferSize > 0, "buffer_size", bufferSize, "> 0");
        check(batchSize > 0, "batch_size", batchSize, "> 0");
        check(learningRate > 0, "learning_rate", learningRate, "> 0");
        check(weightDecay >= 0, "weight_decay", weightDecay, ">= 0");
        check(gamma >= 0 && gamma <= 1, "gamma", gamma, "in [0, 1]");
        check(explorationFraction > 0 && explorationFraction <= 1, "exploration_fraction", explorationFraction, "in (0, 1]");
        check(learningStarts >= 0, "learning_starts", learningStarts, ">= 0");
        check(trainFrequency > 0, "train_frequency", trainFrequency, "> 0");
        check(gradientSteps > 0, "gradient_steps", gradientSteps, "> 0");
        check(targetUpdateInterval > 0, "target_update_interval", targetUpdateInterval, "> 0");
        check(tau > 0 && tau <= 1, "tau", tau, "in (0, 1]");
        check(perAlpha >= 0, "per_alpha", perAlpha, ">= 0");
        check(perBetaStart >= 0 && perBetaStart <= 1, "per_beta_start", perBetaStart, "in [0, 1]");
        check(perEps > 0, "per_eps", perEps, "> 0");
        check(!dueling || hiddenSizes.length > 0, "dueling", dueling, "at least one hidden layer (hidden_sizes is empty)");
    }

    private static void check(boolean ok, String key, Object value, String expected) {
        if (!ok) {
            throw new IllegalArgumentException(key + "=" + value + ": expected " + expected);
        }
    }

    @Override
    public int[] hiddenSizes() {
        return hiddenSizes.clone();
    }

    /** The defaults listed above: uniform replay, hard target copies, no Double DQN, no dueling heads. */
    public static DqnArgs defaults() {
        return new DqnArgs(new int[] {120, 84}, Engine.SIMD, 10_000, 128, 2.5e-4, 0.01, 1e-8, 0, 0.99, 1.0, 0.1, 0.2,
                10_000, 10, 1, 100, 1.0, false, false, TdLoss.MSE, false, 0.6, 0.4, 1e-6);
    }
}
