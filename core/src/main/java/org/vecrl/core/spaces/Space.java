package org.vecrl.core.spaces;

import java.util.random.RandomGenerator;

/**
 * A set of valid observations or actions, as Gymnasium's {@code gymnasium.spaces.Space}.
 * Every space can sample a member, test membership, and flatten a member to a float vector of
 * length {@link #flatDim()} (the layout networks and vector environments use).
 *
 * @param <T> the Java type of a member
 */
public interface Space<T> {

    /** A uniformly random member (for bounded spaces), drawn from {@code rng}. */
    T sample(RandomGenerator rng);

    /** Whether {@code x} is a member (right type, shape and range). */
    boolean contains(Object x);

    /**
     * The shape of a member; {@code []} for a scalar, null for the composite spaces
     * ({@link TupleSpace}, {@link DictSpace}) whose members have no single shape, as in Gymnasium.
     */
    int[] shape();

    /** Length of the flattened member. */
    int flatDim();

    /**
     * The box the flattened members lie in (Gymnasium's {@code flatten_space}): for example
     * {@code Box(0.0, 1.0, (n,), float32)} for {@code Discrete(n)}. This default, for spaces that do
     * not know their bounds, is unbounded.
     */
    default Box flatSpace() {
        return new Box(Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, flatDim());
    }

    /** Writes the flattened member into {@code out} starting at {@code offset}. */
    void flattenInto(T x, float[] out, int offset);

    /** The member whose flat form starts at {@code offset} in {@code flat}. */
    T unflatten(float[] flat, int offset);

    /** The flattened member as a new array. */
    default float[] flatten(T x) {
        float[] out = new float[flatDim()];
        flattenInto(x, out, 0);
        return out;
    }

    /** The member whose flat form is {@code flat}. */
    default T unflatten(float[] flat) {
        if (flat.length != flatDim()) {
            throw new IllegalArgumentException(
                    "flat vector of length " + flat.length + " for " + this + ": expected length " + flatDim());
        }
        return unflatten(flat, 0);
    }

    /**
     * Throws {@link IllegalArgumentException} naming the value and this space unless {@code x} is a
     * member; {@code what} says what the value is ("action", "observation").
     */
    default void check(Object x, String what) {
        if (!contains(x)) {
            throw new IllegalArgumentException(what + " " + Spaces.describe(x) + " is not in " + this);
        }
    }
}
