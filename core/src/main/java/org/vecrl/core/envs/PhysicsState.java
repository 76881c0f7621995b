package org.vecrl.core.envs;

/**
 * Read and write access to the physical state of a simulated environment, as Gymnasium's
 * {@code env.unwrapped.state}: for setting up exact situations in tests and for inspecting an
 * episode. The state is kept in double precision; observations are derived from it.
 */
public interface PhysicsState {

    /** A copy of the current state. */
    double[] getState();

    /** Replaces the current state (the array is copied); the next {@code step} starts from it. */
    void setState(double[] state);
}
