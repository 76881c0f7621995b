/**
 * Gymnasium's vector wrappers ({@code gymnasium.wrappers.vector}): decorators of a
 * {@link org.vecrl.core.vector.VectorEnv} on {@link org.vecrl.core.wrappers.vector.VectorEnvWrapper},
 * which forwards every call. {@link org.vecrl.core.wrappers.vector.RecordEpisodeStatistics} counts
 * steps and reports finished episodes from rewards and done flags;
 * {@link org.vecrl.core.wrappers.vector.NormalizeObservation} and
 * {@link org.vecrl.core.wrappers.vector.NormalizeReward} normalise with
 * {@link org.vecrl.core.wrappers.RunningMeanStd} statistics (optionally clipped, as CleanRL does) that
 * can be frozen. All three are {@link org.vecrl.core.state.Resumable}, so a checkpointed run resumes
 * exactly; only {@code RecordEpisodeStatistics} saves the wrapped env's state with its own.
 *
 * <pre>{@code
 * VectorEnv raw = Envs.makeVec("Pendulum-v1", 8);
 * RecordEpisodeStatistics stats = new RecordEpisodeStatistics(raw,
 *         (step, episodeReturn, length) -> System.out.println(step + ": " + episodeReturn));
 * NormalizeObservation obsNorm = new NormalizeObservation(stats);      // episodes see raw rewards
 * VectorEnv env = new NormalizeReward(obsNorm, 0.99, 1e-8, 10);        // scaled, clipped to ±10
 * env.reset(42L);
 * env.step(new float[8]);
 * float[] obs = env.observations();                                     // normalised
 * float[] rewards = env.rewards();                                      // scaled
 * obsNorm.setUpdating(false);                                           // freeze for evaluation
 * ((Resumable) env).saveState(checkpoint, "reward_norm.");
 * }</pre>
 */
package org.vecrl.core.wrappers.vector;
