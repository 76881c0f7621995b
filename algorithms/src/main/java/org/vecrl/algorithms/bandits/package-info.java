/**
 * Agents for the k-armed bandit testbed ({@code ArmedBanditTestbed-v0}) and the experiment that
 * compares them. Every {@link org.vecrl.algorithms.bandits.Agent} picks an arm without looking at
 * observations and learns from the reward; the built-in ones extend
 * {@link org.vecrl.algorithms.bandits.BanditAgent} (random, ε-greedy sample averages with optimistic
 * starts, UCB, the gradient bandit, Thompson sampling, and a cheater that knows the best arm as an
 * upper bound). {@link org.vecrl.algorithms.bandits.BanditAgentSpecs} parses command-line specs such as
 * {@code ucb(c=2)}; {@link org.vecrl.algorithms.bandits.BanditExperiment} plays every agent on the same
 * seeded runs in parallel and returns a {@link org.vecrl.algorithms.bandits.BanditResult}.
 *
 * <pre>{@code
 * List<IntFunction<Agent<Integer>>> agents = BanditAgentSpecs.parseList("random,eps-greedy(eps=0.1),ucb(c=2)");
 * BanditResult result = new BanditExperiment(agents, 200, 1000, 0L).run();
 * double meanReward = result.meanReward(2);               // UCB's mean reward per step
 * double[] curve = result.fractionBestPerStep(2);
 * Agent<Integer> single = new Ucb(10, 2.0);
 * single.reset(1L);
 * int arm = single.getAction();
 * }</pre>
 */
package org.vecrl.algorithms.bandits;
