/**
 * Saving and restoring mid-run state: a {@link org.vecrl.core.state.Resumable} object (a native
 * vector environment, say) writes named arrays into a {@link org.vecrl.core.state.StateStore} (a
 * checkpoint) and a fresh instance reads them back, continuing bit-identically.
 *
 * <pre>{@code
 * VectorEnv env = Envs.makeVec("CartPole-v1", 4);
 * env.reset(1L);
 * ((Resumable) env).saveState(checkpoint, "env.");
 * VectorEnv copy = Envs.makeVec("CartPole-v1", 4);
 * ((Resumable) copy).restoreState(checkpoint, "env.");   // steps exactly as env would
 * }</pre>
 */
package org.vecrl.core.state;
