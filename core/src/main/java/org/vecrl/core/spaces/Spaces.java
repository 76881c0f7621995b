package org.vecrl.core.spaces;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Helpers shared by the space implementations: readable values, shape strings and flattening of members. */
public final class Spaces {
    private Spaces() {}

    /**
     * A short readable form of a space member for error messages: arrays, lists and maps by their
     * contents, other values with their type, e.g. {@code 2 (Long)}.
     */
    public static String describe(Object x) {
        if (x == null || x.getClass().isArray() || x instanceof List || x instanceof Map) {
            return contents(x);
        }
        return x + " (" + x.getClass().getSimpleName() + ")";
    }

    private static String contents(Object x) {
        if (x instanceof List<?> list) {
            return list.stream().map(Spaces::contents).collect(Collectors.joining(", ", "[", "]"));
        }
        if (x instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> e.getKey() + "=" + contents(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        String wrapped = Arrays.deepToString(new Object[] {x});
        return wrapped.substring(1, wrapped.length() - 1);
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

    /** NumPy's printed form of an int vector: {@code [3 2]}. */
    public static String numpyString(int[] values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : " ").append(values[i]);
        }
        return sb.append(']').toString();
    }

    /** NumPy's printed form of one float: {@code 4.8}, {@code inf}, {@code -inf}, {@code nan}. */
    public static String numpyString(float v) {
        if (v == Float.POSITIVE_INFINITY) {
            return "inf";
        }
        if (v == Float.NEGATIVE_INFINITY) {
            return "-inf";
        }
        return Float.isNaN(v) ? "nan" : Float.toString(v);
    }

    /**
     * Flattens a member of {@code space} whose static type is unknown (a part of a tuple or dict);
     * the caller has already checked membership.
     */
    @SuppressWarnings("unchecked")
    static <T> void flattenMember(Space<T> space, Object member, float[] out, int offset) {
        space.flattenInto((T) member, out, offset);
    }
}
