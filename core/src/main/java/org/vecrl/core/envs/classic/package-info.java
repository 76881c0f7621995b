/**
 * The Gymnasium classic-control environments (CartPole, Acrobot, MountainCar, MountainCarContinuous,
 * Pendulum), registered by {@link org.vecrl.core.envs.classic.ClassicControlEnvs}. Each has one
 * physics class of static step functions on double arrays, shared by the single environment (a
 * {@link org.vecrl.core.envs.classic.ClassicControlEnv}) and by its native vector version (a
 * structure-of-arrays {@link org.vecrl.core.vector.NativeVectorEnv} that {@code Envs.makeVec} picks),
 * so that both produce the same trajectories from the same seed.
 *
 * <pre>{@code
 * CartPole env = new CartPole();
 * Reset<float[]> start = env.reset(0L);
 * Step<float[]> step = env.step(1);
 * VectorEnv pendulums = Envs.makeVec("Pendulum-v1", 16);
 * pendulums.reset(0L);
 * pendulums.step(new float[16]);   // one torque per sub-env
 * }</pre>
 */
package org.vecrl.core.envs.classic;
