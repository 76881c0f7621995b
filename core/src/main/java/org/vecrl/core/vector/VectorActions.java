package org.vecrl.core.vector;

import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Discrete;
import org.vecrl.core.spaces.Space;

/**
 * Validates a batch of actions before a vector environment steps any sub-env, so that a bad action
 * leaves every sub-env untouched. Continuous values outside the box are allowed (the environments
 * clip them, as Gymnasium's do); non-finite ones are not.
 */
final class VectorActions {
    private VectorActions() {}

    /** The action space as {@link Discrete}, or an error telling the caller to use {@code step(float[])}. */
    static Discrete discrete(Space<?> space) {
        if (space instanceof Discrete d) {
            return d;
        }
        throw new IllegalArgumentException("step(int[]) on action space " + space + ": use step(float[])");
    }

    /** The action space as {@link Box}, or an error telling the caller to use {@code step(int[])}. */
    static Box box(Space<?> space) {
        if (space instanceof Box b) {
            return b;
        }
        throw new IllegalArgumentException("step(float[]) on action space " + space + ": use step(int[])");
    }

    /** One action per sub-env, each a member of {@code space}. */
    static void checkDiscrete(int[] actions, Discrete space, int numEnvs) {
        checkLength(actions == null ? -1 : actions.length, numEnvs, 1);
        for (int i = 0; i < numEnvs; i++) {
            if (!space.contains(actions[i])) {
                throw new IllegalArgumentException("action " + actions[i] + " of sub-env " + i + " is not in " + space);
            }
        }
    }

    /** {@code numEnvs * space.flatDim()} finite values. */
    static void checkContinuous(float[] actions, Box space, int numEnvs) {
        int dim = space.flatDim();
        checkLength(actions == null ? -1 : actions.length, numEnvs, dim);
        for (int k = 0; k < actions.length; k++) {
            if (!Float.isFinite(actions[k])) {
                throw new IllegalArgumentException("action value " + actions[k] + " of sub-env " + k / dim
                        + " is not finite: expected finite values (out-of-range values are clipped to " + space + ")");
            }
        }
    }

    private static void checkLength(int got, int numEnvs, int dim) {
        if (got != numEnvs * dim) {
            throw new IllegalArgumentException("actions array of length " + (got < 0 ? "null" : got) + ": expected "
                    + numEnvs * dim + " (" + numEnvs + " sub-envs x " + dim + ")");
        }
    }
}
