/**
 * The Gymnasium toy-text environments, registered by {@link org.vecrl.core.envs.toytext.ToyTextEnvs}:
 * {@code FrozenLake-v1}, {@code FrozenLake8x8-v1}, {@code CliffWalking-v1} and {@code Taxi-v4}. Each is
 * a {@link org.vecrl.core.envs.tabular.TabularEnv} over a model that copies Gymnasium's transition
 * table, so dynamic programming can solve it and the tabular learners can sample it; slippery variants
 * take their moves from a shared slip table. They render as "ansi" text.
 *
 * <pre>{@code
 * Env<Integer, Integer> lake = Envs.make("FrozenLake-v1", Map.of("is_slippery", false),
 *         Integer.class, Integer.class);
 * lake.reset(0L);
 * Step<Integer> step = lake.step(2);   // right
 * int state = Taxi.encode(0, 0, 1, 2);
 * int[] rowColPassengerDestination = Taxi.decode(state);
 * }</pre>
 */
package org.vecrl.core.envs.toytext;
