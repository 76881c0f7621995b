/**
 * On-policy policy-gradient algorithms: {@link org.vecrl.algorithms.pg.Ppo} (CleanRL's {@code ppo.py}),
 * {@link org.vecrl.algorithms.pg.A2c} (Stable-Baselines3's A2C) and
 * {@link org.vecrl.algorithms.pg.Reinforce}, registered as {@code --algo ppo|a2c|reinforce}. They share
 * one loop in the shape of SB3's {@code OnPolicyAlgorithm}: the rollout collector plays
 * {@code num_steps} steps of the vector env into a {@link org.vecrl.core.buffer.RolloutBuffer}
 * (bootstrapping time-limit truncations from V(final observation)), an advantage estimator fills
 * advantages and returns (GAE, or returns-to-go for REINFORCE), and each algorithm's learner runs its
 * own update: PPO's epochs of shuffled minibatches with the clipped surrogate and a target-KL stop,
 * A2C's and REINFORCE's single step on the whole rollout. Hyperparameter records carry their defaults
 * as {@link org.vecrl.algorithms.train.Default @Default} annotations; presets list what differs.
 *
 * <pre>{@code
 * RunConfig config = RunConfig.resolve(Algorithms.get("ppo"), "CartPole-v1",
 *         new RunConfig.Sources(null, Map.of(), null, Map.of("seed", 1), List.of("num_envs=8")));
 * Summary summary = TrainingRun.train(config, Path.of("runs/ppo-demo"), ProgressReporter.none());
 * PpoHyperparameters h = (PpoHyperparameters) config.hyperparameters();   // CleanRL's values
 * }</pre>
 */
package org.vecrl.algorithms.pg;
