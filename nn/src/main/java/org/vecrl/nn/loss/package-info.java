/**
 * Losses and objective terms as engine-neutral functions on float[] batches. Each returns its value
 * and, when given a non-null gradient array, ADDS the gradient of that value with respect to its first
 * input into it. Min and max use the {@code a - relu(a - b)} / {@code a + relu(b - a)} convention: at
 * an exact tie the gradient flows through the first branch only, never doubled.
 * {@link org.vecrl.nn.loss.PpoLoss} has PPO's terms, {@link org.vecrl.nn.loss.TdLoss} the regression
 * losses of Q-learning.
 *
 * <pre>{@code
 * PpoLoss.normalizeAdvantages(advantages, n, 1e-8, normalized);
 * float[] gradNewLogProb = new float[n];
 * double surrogate = PpoLoss.clippedSurrogate(newLogProb, oldLogProb, normalized, n, 0.2, gradNewLogProb);
 * float[] gradValues = new float[n];
 * double valueLoss = PpoLoss.valueLoss(values, returns, n, 0.5, gradValues);
 * double tdLoss = TdLoss.huber(qTaken, targets, n, 1.0, gradQ);
 * }</pre>
 */
package org.vecrl.nn.loss;
