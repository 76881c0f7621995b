package org.vecrl.core.state;

/**
 * Named primitive arrays that a {@link Resumable} object writes its state into and reads it back
 * from (a checkpoint, in practice). Arrays are stored by reference: pass copies of live arrays.
 */
public interface StateStore {

    /** Stores a float array. */
    StateStore putFloats(String name, float[] v);

    /** Stores a double array. */
    StateStore putDoubles(String name, double[] v);

    /** Stores a long array. */
    StateStore putLongs(String name, long[] v);

    /** Stores an int array. */
    StateStore putInts(String name, int[] v);

    /** Stores a boolean array. */
    StateStore putBooleans(String name, boolean[] v);

    /** Whether an entry named {@code name} exists. */
    boolean has(String name);

    /** The float array named {@code name}; throws naming the entry when it is missing or of another type. */
    float[] getFloats(String name);

    /** The double array named {@code name}. */
    double[] getDoubles(String name);

    /** The long array named {@code name}. */
    long[] getLongs(String name);

    /** The int array named {@code name}. */
    int[] getInts(String name);

    /** The boolean array named {@code name}. */
    boolean[] getBooleans(String name);

    /** Copies the float array named {@code name} into {@code into}, which must have its length. */
    default void readFloats(String name, float[] into) {
        float[] v = getFloats(name);
        requireLength(name, v.length, into.length);
        System.arraycopy(v, 0, into, 0, into.length);
    }

    /** Copies the double array named {@code name} into {@code into}, which must have its length. */
    default void readDoubles(String name, double[] into) {
        double[] v = getDoubles(name);
        requireLength(name, v.length, into.length);
        System.arraycopy(v, 0, into, 0, into.length);
    }

    /** Copies the long array named {@code name} into {@code into}, which must have its length. */
    default void readLongs(String name, long[] into) {
        long[] v = getLongs(name);
        requireLength(name, v.length, into.length);
        System.arraycopy(v, 0, into, 0, into.length);
    }

    /** Copies the int array named {@code name} into {@code into}, which must have its length. */
    default void readInts(String name, int[] into) {
        int[] v = getInts(name);
        requireLength(name, v.length, into.length);
        System.arraycopy(v, 0, into, 0, into.length);
    }

    /** Copies the boolean array named {@code name} into {@code into}, which must have its length. */
    default void readBooleans(String name, boolean[] into) {
        boolean[] v = getBooleans(name);
        requireLength(name, v.length, into.length);
        System.arraycopy(v, 0, into, 0, into.length);
    }

    private static void requireLength(String name, int length, int expected) {
        if (length != expected) {
            throw new IllegalArgumentException(
                    "state entry '" + name + "' has " + length + " values: expected " + expected);
        }
    }
}
