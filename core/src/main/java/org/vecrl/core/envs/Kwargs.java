package org.vecrl.core.envs;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.vecrl.core.env.EnvSpec;

/** Reads typed keyword arguments of the built-in environments' entry points, with messages naming the bad value. */
public final class Kwargs {
    private Kwargs() {}

    /** A boolean given as a Boolean or as "true"/"false". */
    public static boolean bool(Map<String, Object> kwargs, String key) {
        Object v = kwargs.get(key);
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s);
        }
        throw new IllegalArgumentException("kwarg " + key + "=" + v + ": expected true or false");
    }

    /** A number given as a Number or as its decimal text. */
    public static double number(Map<String, Object> kwargs, String key) {
        Object v = kwargs.get(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("kwarg " + key + "=" + s + ": expected a number", e);
            }
        }
        throw new IllegalArgumentException("kwarg " + key + "=" + v + ": expected a number");
    }

    /** A whole number given as an integral Number or as its decimal text. */
    public static int integer(Map<String, Object> kwargs, String key) {
        Object v = kwargs.get(key);
        if (v instanceof Number || v instanceof String) {
            try {
                return new BigDecimal(v.toString()).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new IllegalArgumentException("kwarg " + key + "=" + v + ": expected an integer", e);
            }
        }
        throw new IllegalArgumentException("kwarg " + key + "=" + v + ": expected an integer");
    }

    /** A number in [0, 1]. */
    public static double probability(Map<String, Object> kwargs, String key) {
        double p = number(kwargs, key);
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(
                    "kwarg " + key + "=" + kwargs.get(key) + ": expected a probability in [0, 1]");
        }
        return p;
    }

    /** A string, or null when absent or null. */
    public static String string(Map<String, Object> kwargs, String key) {
        Object v = kwargs.get(key);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw new IllegalArgumentException("kwarg " + key + "=" + v + ": expected a string or null");
    }

    /** A list of strings given as a List or a String[], or null when absent or null. */
    public static List<String> strings(Map<String, Object> kwargs, String key) {
        Object v = kwargs.get(key);
        List<?> items = v instanceof String[] array ? Arrays.asList(array) : v instanceof List<?> list ? list : null;
        if (v != null && items == null) {
            throw new IllegalArgumentException("kwarg " + key + "=" + v + ": expected a list of strings or null");
        }
        if (items == null) {
            return null;
        }
        for (Object item : items) {
            if (!(item instanceof String)) {
                throw new IllegalArgumentException(
                        "kwarg " + key + "=" + items + " holds " + item + ": expected a list of strings or null");
            }
        }
        return items.stream().map(String.class::cast).toList();
    }

    /** The {@code render_mode} kwarg (a string or null). */
    public static String renderMode(Map<String, Object> kwargs) {
        return string(kwargs, EnvSpec.RENDER_MODE);
    }
}
