package org.vecrl.algorithms.dqn;

import org.vecrl.algorithms.train.Default;
import org.vecrl.algorithms.train.Defaults;
import org.vecrl.nn.Engine;

/**
 * DQN hyperparameters (config keys in snake_case). The {@link Default @Default} of each component is
 * a classic DQN setup for CartPole-v1 (AdamW, uniform replay, hard target copies); the run settings (seed, env,
 * total_timesteps, num_envs) live in {@link org.vecrl.algorithms.train.RunSettings}.
 *
 * @param hiddenSizes          Q-network hidden layers (ReLU)
 * @param engine               nn engine: simd (plain Java + Vector API) or nd4j
 * @param bufferSize           replay capacity
 * @param batchSize            transitions per gradient step
 * @param learningRate         AdamW learning rate
 * @param weightDecay          AdamW decoupled weight decay (0 gives Adam)
 * @param adamEps              Adam epsilon
 * @param maxGradNorm          global gradient-norm clip, 0 = off
 * @param gamma                discount
 * @param startE               initial epsilon
 * @param endE                 final epsilon
 * @param explorationFraction  fraction of total_timesteps over which epsilon decays
 * @param learningStarts       environment steps of random-ish prefill before training (default = buffer_size)
 * @param trainFrequency       vector steps between training phases
 * @param gradientSteps        gradient steps per training phase
 * @param targetUpdateInterval gradient steps between target updates (the first update included)
 * @param tau                  target update weight: 1 copies, below 1 is a Polyak average
 * @param doubleDqn            choose the next action with the online network (Double DQN)
 * @param dueling              dueling heads: Q = V + A - mean A on the last hidden layer's features
 * @param loss                 mse (the default) or huber (smooth L1, delta 1)
 * @param prioritizedReplay    proportional prioritized replay (Schaul et al. 2016) instead of uniform sampling
 * @param perAlpha             priority exponent: rows are sampled with probability p^alpha / sum p^alpha
 * @param perBetaStart         importance-weight exponent at step 0, annealed linearly to 1 over total_timesteps
 * @param perEps               added to |TD error| to give a row's priority
 */
public record DqnHyperparameters(
        @Default("120,84") int[] hiddenSizes,
        @Default("simd") Engine engine,
        @Default("10000") int bufferSize,
        @Default("128") int batchSize,
        @Default("2.5e-4") double learningRate,
        @Default("0.01") double weightDecay,
        @Default("1e-8") double adamEps,
        @Default("0") double maxGradNorm,
        @Default("0.99") double gamma,
        @Default("1.0") double startE,
        @Default("0.1") double endE,
        @Default("0.2") double explorationFraction,
        @Default("10000") long learningStarts,
        @Default("10") int trainFrequency,
        @Default("1") int gradientSteps,
        @Default("100") int targetUpdateInterval,
        @Default("1.0") double tau,
        @Default("false") boolean doubleDqn,
        @Default("false") boolean dueling,
        @Default("mse") TdLoss loss,
        @Default("false") boolean prioritizedReplay,
        @Default("0.6") double perAlpha,
        @Default("0.4") double perBetaStart,
        @Default("1e-6") double perEps) {

    public DqnHyperparameters {
        hiddenSizes = hiddenSizes.clone();
        check(bufferSize > 0, "buffer_size", bufferSize, "> 0");
        check(batchSize > 0, "batch_size", batchSize, "> 0");
        check(learningRate > 0, "learning_rate", learningRate, "> 0");
        check(weightDecay >= 0, "weight_decay", weightDecay, ">= 0");
        check(gamma >= 0 && gamma <= 1, "gamma", gamma, "in [0, 1]");
        check(
                explorationFraction > 0 && explorationFraction <= 1,
                "exploration_fraction",
                explorationFraction,
                "in (0, 1]");
        check(learningStarts >= 0, "learning_starts", learningStarts, ">= 0");
        check(trainFrequency > 0, "train_frequency", trainFrequency, "> 0");
        check(gradientSteps > 0, "gradient_steps", gradientSteps, "> 0");
        check(targetUpdateInterval > 0, "target_update_interval", targetUpdateInterval, "> 0");
        check(tau > 0 && tau <= 1, "tau", tau, "in (0, 1]");
        check(perAlpha >= 0, "per_alpha", perAlpha, ">= 0");
        check(perBetaStart >= 0 && perBetaStart <= 1, "per_beta_start", perBetaStart, "in [0, 1]");
        check(perEps > 0, "per_eps", perEps, "> 0");
        check(
                !dueling || hiddenSizes.length > 0,
                "dueling",
                dueling,
                "at least one hidden layer (hidden_sizes is empty)");
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

    /** Every component at its {@link Default}: the curriculum's DQNArgs. */
    public static DqnHyperparameters defaults() {
        return Defaults.of(DqnHyperparameters.class);
    }
}
