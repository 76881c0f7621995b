/**
 * RLHF: PPO on a language model (the curriculum's Part 2.4). The pieces of the objective with their
 * gradients: {@link org.vecrl.algorithms.rlhf.LogSoftmax log-probabilities of generated tokens},
 * {@link org.vecrl.algorithms.rlhf.RlhfObjective the KL penalty to a reference model, the entropy bonus,
 * the value loss and the clipped surrogate}, {@link org.vecrl.algorithms.rlhf.Advantages one-step TD
 * advantages} and {@link org.vecrl.algorithms.rlhf.Rewards rewards}. The gradients with respect to the
 * logits and values feed {@link org.vecrl.nn.gpt.GptTrainer#backward(float[], float[])}.
 */
package org.vecrl.algorithms.rlhf;
