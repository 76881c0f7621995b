/**
 * Vector environments: N copies of one environment stepped as a batch through flat primitive
 * arrays ({@link org.vecrl.core.vector.VectorEnv}), with sub-env i seeded {@code seed + i}.
 * {@link org.vecrl.core.vector.NativeVectorEnv} is the fast structure-of-arrays form that the
 * classic-control environments provide; {@link org.vecrl.core.vector.SyncVectorEnv} steps any list of
 * ordinary {@link org.vecrl.core.env.Env}s in turn; {@link org.vecrl.core.vector.ThreadedVectorEnv}
 * splits sub-envs into shards stepped on worker threads with the same results.
 * {@link org.vecrl.core.vector.AutoresetMode} says whether an ended sub-env resets in the same step
 * (the default; its last observation is kept in {@code finalObservations()}) or in the next one.
 *
 * <pre>{@code
 * VectorEnv env = Envs.makeVec("CartPole-v1", 8);   // native where available, else SyncVectorEnv
 * env.reset(42L);
 * int[] actions = new int[env.numEnvs()];
 * env.step(actions);
 * float[] obs = env.observations();                  // [8 * obsDim], overwritten by the next step
 * boolean ended = env.terminated()[3] || env.truncated()[3];
 * try (VectorEnv threaded = ThreadedVectorEnv.of("CartPole-v1", 64, 2, AutoresetMode.SAME_STEP)) {
 *     threaded.reset(42L);
 * }
 * }</pre>
 */
package org.vecrl.core.vector;
