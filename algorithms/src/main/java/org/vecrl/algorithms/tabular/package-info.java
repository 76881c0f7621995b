/**
 * Tabular reinforcement learning. With a known model, {@link org.vecrl.algorithms.tabular.DynamicProgramming}
 * evaluates policies (iteratively or exactly, by solving the linear system) and improves them by policy
 * iteration on a {@link org.vecrl.core.envs.tabular.TabularModel}. From samples, the
 * {@link org.vecrl.algorithms.tabular.TabularAgent}s act in an {@code Env<Integer, Integer>}: ε-greedy
 * learners of a Q table (SARSA, SARSA(λ), expected SARSA, Q-learning, double Q-learning, first-visit
 * Monte-Carlo control) configured by a {@link org.vecrl.algorithms.tabular.TabularConfig}, plus a random
 * baseline and a cheater that plays the policy-iteration optimum. {@link org.vecrl.algorithms.tabular.TabularReturns}
 * has the discounted sums and greedy rollouts used to compare them.
 *
 * <pre>{@code
 * int[] optimal = DynamicProgramming.policyIteration(new NorvigGrid(), 0.99, 1_000);
 * Env<Integer, Integer> cliff = Envs.make("CliffWalking-v1", Map.of(), Integer.class, Integer.class);
 * QLearning agent = new QLearning(cliff, TabularConfig.defaults(), 1.0, 0L);
 * double[] returns = agent.train(500);                       // episodes with seeds 0 … 499
 * double greedy = TabularReturns.greedyReturn(cliff, agent.q(), 100);
 * }</pre>
 */
package org.vecrl.algorithms.tabular;
