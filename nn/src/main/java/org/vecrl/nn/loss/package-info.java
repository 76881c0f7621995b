/**
 * Losses and objective terms as engine-neutral functions on float[] batches. Each returns its value
 * and, when given a non-null gradient array, ADDS the gradient of that value with respect to its first
 * input into it. Min and max use the {@code a - relu(a - b)} / {@code a + relu(b - a)} convention: at
 * an exact tie the gradient flows through the first branch only, never doubled.
 */
package org.vecrl.nn.loss;
