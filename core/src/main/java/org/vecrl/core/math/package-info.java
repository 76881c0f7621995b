/**
 * Small numeric helpers shared across modules. {@link org.vecrl.core.math.ArgMax} gives the index of
 * the largest entry with ties broken towards the lowest index, the convention every greedy choice in
 * VecRL follows (several expected results depend on it).
 *
 * <pre>{@code
 * int greedy = ArgMax.of(new double[] {0.5, 2.0, 2.0});           // 1
 * int row = ArgMax.of(qValues, b * numActions, numActions);       // one row of a float batch
 * }</pre>
 */
package org.vecrl.core.math;
