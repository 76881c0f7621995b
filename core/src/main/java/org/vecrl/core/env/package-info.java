/**
 * The environment API, as Gymnasium's: {@link org.vecrl.core.env.Env} with {@code reset} returning a
 * {@link org.vecrl.core.env.Reset} and {@code step} a {@link org.vecrl.core.env.Step} (terminated,
 * truncated, info), the {@link org.vecrl.core.env.Envs} registry of {@link org.vecrl.core.env.EnvSpec}
 * entries, and the wrapper base classes. Built-in environments register through
 * {@link org.vecrl.core.env.EnvProvider} services; {@code make} applies the spec's time limit and checks
 * the keyword arguments. {@link org.vecrl.core.env.Seeding} derives the independent
 * {@link org.vecrl.core.env.SplitMix64} streams that make seeded runs reproducible.
 *
 * <pre>{@code
 * Env<float[], Integer> env = Envs.make("CartPole-v1", Map.of(), float[].class, Integer.class);
 * Reset<float[]> start = env.reset(42L);
 * Step<float[]> step = env.step(1);
 * while (!step.done()) {
 *     step = env.step(env.actionSpace().sample(env.rng()));
 * }
 * VectorEnv batch = Envs.makeVec("CartPole-v1", 8);   // the native vector version
 * }</pre>
 */
package org.vecrl.core.env;
