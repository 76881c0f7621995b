/**
 * Action distributions as engine-neutral batch functions on row-major float[] arrays. Every
 * {@code ...Backward} function applies the chain rule for one output and ADDS into its gradient
 * arrays (like {@link org.vecrl.nn.Mlp#backward}), so several terms can share one gradient buffer.
 * {@link org.vecrl.nn.dist.Categorical} serves discrete actions (logits from the actor),
 * {@link org.vecrl.nn.dist.DiagGaussian} continuous ones (means from the actor, one learned log-std).
 *
 * <pre>{@code
 * int[] actions = new int[batch];
 * float[] logProb = new float[batch];
 * Categorical.sample(logits, batch, numActions, rng, actions);
 * Categorical.logProb(logits, batch, numActions, actions, logProb);
 * float[] gradLogits = new float[batch * numActions];
 * Categorical.logProbBackward(logits, batch, numActions, actions, gradLogProb, gradLogits);
 * }</pre>
 */
package org.vecrl.nn.dist;
