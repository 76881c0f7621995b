package org.vecrl.core.envs.classic;

import java.util.Map;

import org.vecrl.core.env.EnvSpec;

/** Reads typed keyword arguments of the classic-control entry points, with messages naming the bad value. */
final class Kwargs {
    private Kwargs() {}

    static boolean bool(Map<String, Object> kwargs, String key) {
        Object v = kwargs.get(key);
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s);
        }
        throw new IllegalArgumentException("kwarg " + key + "=" + v + ": expected true or false");
    }

    static double number(Map<String, Object> kwargs, String key) {
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

    static String renderMode(Map<String, Object> kwargs) {
        Object v = kwargs.get(EnvSpec.RENDER_MODE);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw new IllegalArgumentException("kwarg " + EnvSpec.RENDER_MODE + "=" + v + ": expected a string or null");
    }
}
