package org.vecrl.core.spaces;

import java.util.Arrays;

/** Helpers shared by the space implementations: readable values and shape strings. */
public final class Spaces {
    private Spaces() {}

    /** A short readable form of a space member for error messages. */
    public static String describe(Object x) {
        if (x == null) {
            return "null";
        }
        if (x instanceof float[] a) {
            return Arrays.toString(a);
        }
        if (x instanceof double[] a) {
            return Arrays.toString(a);
        }
        if (x instanceof int[] a) {
            return Arrays.toString(a);
        }
        if (x instanceof long[] a) {
            return Arrays.toString(a);
        }
        if (x instanceof boolean[] a) {
            return Arrays.toString(a);
        }
        if (x instanceof byte[] a) {
            return Arrays.toString(a);
        }
        if (x instanceof Object[] a) {
            return Arrays.deepToString(a);
        }
        return x + " (" + x.getClass().getSimpleName() + ")";
    }

    /** Gymnasium's shape notation: {@code ()}, {@code (4,)}, {@code (2, 3)}. */
    public static String shapeString(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return sb.append(')').toString();
    }

    /** The number of elements of an array of this shape. */
    public static int size(int[] shape) {
        int n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + ": dimensions must be >= 0");
            }
            n = Math.multiplyExact(n, d);
        }
        return n;
    }
}
