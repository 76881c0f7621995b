/**
 * Observation and action spaces, as Gymnasium's {@code gymnasium.spaces}:
 * {@link org.vecrl.core.spaces.Box}, {@link org.vecrl.core.spaces.Discrete},
 * {@link org.vecrl.core.spaces.MultiDiscrete}, {@link org.vecrl.core.spaces.MultiBinary} and the
 * composites {@link org.vecrl.core.spaces.TupleSpace} and {@link org.vecrl.core.spaces.DictSpace}.
 * Every {@link org.vecrl.core.spaces.Space} samples, tests membership and flattens a member to the
 * float vector that networks and vector environments use (one-hot for discrete spaces); its
 * {@code flatSpace()} is the box those vectors lie in. {@link org.vecrl.core.spaces.Spaces} formats
 * values and shapes for error messages.
 *
 * <pre>{@code
 * Box box = new Box(-1f, 1f, 3);
 * float[] x = box.sample(rng);
 * Discrete actions = new Discrete(4);
 * float[] oneHot = actions.flatten(2);                  // [0, 0, 1, 0]
 * TupleSpace both = TupleSpace.of(box, actions);
 * int flatDim = both.flatDim();                          // 7
 * actions.check(5, "action");                            // throws: 5 is not in Discrete(4)
 * }</pre>
 */
package org.vecrl.core.spaces;
