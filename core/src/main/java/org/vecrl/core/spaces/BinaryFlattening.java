package org.vecrl.core.spaces;

/**
 * A space whose members flatten to vectors of 0s and 1s (one-hot or bit vectors), so that its flat
 * space is the unit box: {@link Discrete}, {@link MultiBinary} and {@link MultiDiscrete}.
 *
 * @param <T> the Java type of a member
 */
interface BinaryFlattening<T> extends Space<T> {

    /** {@code Box(0.0, 1.0, (flatDim,), float32)}. */
    @Override
    default Box flatSpace() {
        return new Box(0f, 1f, flatDim());
    }
}
