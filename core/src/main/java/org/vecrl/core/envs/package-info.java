/**
 * Helpers shared by the built-in environments, which live in the subpackages (one
 * {@link org.vecrl.core.env.EnvProvider} each): {@link org.vecrl.core.envs.Kwargs} reads the typed
 * keyword arguments of a registry entry point with errors that name the bad value, and
 * {@link org.vecrl.core.envs.PhysicsState} gives tests direct access to a simulated environment's
 * physical state.
 *
 * <pre>{@code
 * EnvFactory factory = kw -> new NorvigGrid(Kwargs.number(kw, "penalty"));  // an entry point
 * PhysicsState cartPole = (PhysicsState) Envs.make("CartPole-v1").unwrapped();
 * cartPole.setState(new double[] {0, 0, 0.1, 0});   // the next step starts from this pole angle
 * }</pre>
 */
package org.vecrl.core.envs;
