package org.vecrl.core.wrappers;

import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Space;

/** Checks shared by the wrappers that work on {@link Box} observations or actions. */
final class Boxes {
    private Boxes() {}

    /** {@code space} as a Box, or an exception naming the wrapper and what it got. */
    static Box require(Space<?> space, String role, Class<?> wrapper) {
        if (space instanceof Box box) {
            return box;
        }
        throw new IllegalArgumentException(wrapper.getSimpleName() + " needs a Box " + role + " space, got " + space);
    }

    /** Throws unless {@code x} has one entry per element of {@code box}. */
    static void requireLength(float[] x, Box box, String role) {
        if (x == null || x.length != box.flatDim()) {
            throw new IllegalArgumentException(role + " of length " + (x == null ? "null" : x.length) + " for " + box
                    + ": expected length " + box.flatDim());
        }
    }

    /** An unbounded box of the same shape. */
    static Box unbounded(Box box) {
        return new Box(Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, box.shape());
    }
}
