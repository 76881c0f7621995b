package org.vecrl.algorithms.train;

import java.util.random.RandomGenerator;

/** Chooses actions from observations, for evaluation and rendering. */
public interface Policy {

    /**
     * The action for one flattened observation: an {@code Integer} for a discrete action space,
     * a {@code float[]} for a box. {@code deterministic} asks for the greedy / most likely action;
     * otherwise the policy may draw from {@code rng}.
     */
    Object act(float[] obs, boolean deterministic, RandomGenerator rng);
}
