/**
 * Experience storage in preallocated primitive arrays. Off-policy:
 * {@link org.vecrl.core.buffer.ReplayBuffer}, a ring of transitions sampled uniformly into a
 * {@link org.vecrl.core.buffer.ReplayBatch}, and {@link org.vecrl.core.buffer.PrioritizedReplayBuffer},
 * which samples in proportion to TD-error priorities kept in a sum tree. On-policy:
 * {@link org.vecrl.core.buffer.RolloutBuffer}, T steps of N envs, whose advantages and returns
 * {@link org.vecrl.core.buffer.Gae} fills (with a {@link org.vecrl.core.buffer.TruncationMode} for
 * time-limit cuts) before shuffled {@link org.vecrl.core.buffer.Minibatch}es are copied out.
 *
 * <pre>{@code
 * ReplayBuffer replay = new ReplayBuffer(numEnvs, obsDim, 10_000, seed);
 * replay.add(obs, actions, rewards, terminated, nextObs);   // one row per sub-env
 * ReplayBatch batch = new ReplayBatch(128, obsDim);
 * replay.sample(128, batch);
 *
 * RolloutBuffer rollout = RolloutBuffer.discrete(128, numEnvs, obsDim);
 * // 128 times: rollout.add(obs, actions, logProbs, values, rewards, terminated, truncated);
 * rollout.computeAdvantages(nextValues, new Gae(0.99, 0.95));
 * Minibatch mb = new Minibatch(rollout, 128 * numEnvs / 4);
 * rollout.shuffle(rng);
 * for (int i = 0; i < 4; i++) {
 *     rollout.fillMinibatch(i, mb);
 * }
 * }</pre>
 */
package org.vecrl.core.buffer;
