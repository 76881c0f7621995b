/**
 * Gymnasium's standard wrappers, each an {@link org.vecrl.core.env.Env} around another. Base classes:
 * {@link org.vecrl.core.env.Wrapper} (same types), {@link org.vecrl.core.wrappers.ObservationWrapper}
 * (transforms observations, possibly to another type) and {@link org.vecrl.core.wrappers.ActionWrapper}.
 * {@code Envs.make} adds {@link org.vecrl.core.wrappers.TimeLimit},
 * {@link org.vecrl.core.wrappers.OrderEnforcing} and {@link org.vecrl.core.wrappers.PassiveEnvChecker};
 * the others (episode statistics, observation and reward normalisation with
 * {@link org.vecrl.core.wrappers.RunningMeanStd}, frame stacking, flattening, action clipping and
 * rescaling, arbitrary transforms) are applied by the caller.
 *
 * <pre>{@code
 * Env<float[], Integer> cartPole = Envs.make("CartPole-v1", Map.of(), float[].class, Integer.class);
 * Env<float[], Integer> env = new RecordEpisodeStatistics<>(new NormalizeObservation<>(cartPole));
 * env.reset(0L);
 * Step<float[]> step = env.step(0);
 * Object stats = step.info().get(RecordEpisodeStatistics.EPISODE);   // {r, l, t} once the episode ends
 * }</pre>
 */
package org.vecrl.core.wrappers;
