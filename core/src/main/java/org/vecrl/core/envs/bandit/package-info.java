/**
 * The k-armed bandit testbed of Sutton and Barto (section 2.3),
 * {@link org.vecrl.core.envs.bandit.MultiArmedBandit}, registered by
 * {@link org.vecrl.core.envs.bandit.BanditEnvs} as {@code ArmedBanditTestbed-v0} with the keyword
 * arguments {@code num_arms} (10) and {@code stationary} (true). The agents that play it are in
 * {@code org.vecrl.algorithms.bandits}.
 *
 * <pre>{@code
 * Env<Integer, Integer> env = Envs.make(BanditEnvs.TESTBED, Map.of(BanditEnvs.NUM_ARMS, 5),
 *         Integer.class, Integer.class);
 * env.reset(0L);
 * double reward = env.step(2).reward();
 * int best = ((MultiArmedBandit) env.unwrapped()).bestArm();
 * }</pre>
 */
package org.vecrl.core.envs.bandit;
