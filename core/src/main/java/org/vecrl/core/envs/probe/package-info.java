/**
 * Probe environments for debugging learners: one-step (or two-step) episodes with a one-element
 * observation, each isolating one ability (learning a constant value, reading the observation,
 * discounting, choosing by reward, choosing by observation). A correct learner reaches the known
 * values on them within a few thousand steps. {@link org.vecrl.core.envs.probe.ProbeEnvs} registers
 * {@code Probe1-v0} to {@code Probe5-v0} (discrete actions) and {@code ProbeContinuous4-v0},
 * {@code ProbeContinuous5-v0} (one action in [-1, 1]).
 *
 * <pre>{@code
 * VectorEnv env = Envs.makeVec("Probe2-v0", 4);
 * env.reset(0L);
 * float[] before = env.observations().clone();   // +1 or -1 per sub-env
 * env.step(new int[4]);
 * float[] rewards = env.rewards();               // equal to before
 * }</pre>
 */
package org.vecrl.core.envs.probe;
