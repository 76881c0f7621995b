package org.vecrl.core.vector;

/** When a vector environment resets a sub-environment whose episode ended (Gymnasium's {@code AutoresetMode}). */
public enum AutoresetMode {
    /**
     * Gymnasium 1.x default: the step that ends an episode returns its last observation; the next
     * call to step ignores that env's action and returns the reset observation (reward 0, not done).
     */
    NEXT_STEP,
    /**
     * Gymnasium 0.29 / VecRL default: the ending step resets at once and returns the first
     * observation of the new episode; the true last observation stays readable through
     * {@link VectorEnv#finalObservations()} until the next step.
     */
    SAME_STEP
}
