package org.vecrl.algorithms.train;

import org.vecrl.core.vector.AutoresetMode;
import org.vecrl.core.vector.VectorEnv;

/**
 * The check of learners that read an ended episode's true last observation through
 * {@link VectorEnv#finalObservations()} in the step that ends it, which only
 * {@link AutoresetMode#SAME_STEP} provides: in NEXT_STEP mode that step's observations are the final
 * ones and the next step returns a reset observation for an ignored action, so a learner built for
 * SAME_STEP would store transitions across episode boundaries.
 */
public final class AutoresetRequirement {
    private AutoresetRequirement() {}

    /** Fails, naming the mode, the learner and what it needs, unless {@code env} autoresets SAME_STEP. */
    public static void requireSameStep(VectorEnv env, String learner, String needs) {
        if (env.autoresetMode() != AutoresetMode.SAME_STEP) {
            throw new IllegalArgumentException("vector env in autoreset mode " + env.autoresetMode() + ": " + learner
                    + " needs SAME_STEP (" + needs + ")");
        }
    }
}
