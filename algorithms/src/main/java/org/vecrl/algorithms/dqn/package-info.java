/**
 * Deep Q-learning on vector environments with discrete actions. {@link org.vecrl.algorithms.dqn.DqnAgent}
 * plays ε-greedy steps ({@link org.vecrl.algorithms.dqn.EpsilonGreedy}) and stores each transition with
 * its true next observation in a replay buffer; {@link org.vecrl.algorithms.dqn.DqnLearner} prefills the
 * buffer, then alternates play steps with gradient steps on a {@link org.vecrl.algorithms.dqn.QFunction}
 * (a plain or dueling MLP) against a target network, with the options of
 * {@link org.vecrl.algorithms.dqn.DqnHyperparameters} (Double DQN, Huber {@link org.vecrl.algorithms.dqn.TdLoss},
 * prioritised replay, Polyak updates). {@link org.vecrl.algorithms.dqn.Dqn} registers it as
 * {@code --algo dqn} for {@code vecrl train}, which is the usual way to run it.
 *
 * <pre>{@code
 * RunSettings run = new RunSettings("dqn", "CartPole-v1", 1, 100_000, 4, 50_000, 1_000);
 * VectorEnv env = Envs.makeVec(run.env(), run.numEnvs());
 * env.reset(run.seed());
 * DqnLearner learner = new DqnLearner(run, Defaults.of(DqnHyperparameters.class), env);
 * Metrics metrics = new Metrics(learner.metricNames(), () -> learner.agent().step());
 * while (learner.agent().step() + learner.nextIterationSteps() <= run.totalTimesteps()) {
 *     learner.iterate(metrics);
 * }
 * Object action = learner.policy().act(observation, true, rng);   // greedy
 * }</pre>
 */
package org.vecrl.algorithms.dqn;
