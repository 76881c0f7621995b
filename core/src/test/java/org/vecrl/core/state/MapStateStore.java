package org.vecrl.core.state;

import java.util.HashMap;
import java.util.Map;

/** An in-memory {@link StateStore} for tests. */
public final class MapStateStore implements StateStore {
    private final Map<String, Object> entries = new HashMap<>();

    private StateStore put(String name, Object v) {
        entries.put(name, v);
        return this;
    }

    private <T> T get(String name, Class<T> type) {
        Object v = entries.get(name);
        if (!type.isInstance(v)) {
            throw new IllegalArgumentException("no " + type.getSimpleName() + " entry '" + name + "'");
        }
        return type.cast(v);
    }

    @Override
    public StateStore putFloats(String name, float[] v) {
        return put(name, v);
    }

    @Override
    public StateStore putDoubles(String name, double[] v) {
        return put(name, v);
    }

    @Override
    public StateStore putLongs(String name, long[] v) {
        return put(name, v);
    }

    @Override
    public StateStore putInts(String name, int[] v) {
        return put(name, v);
    }

    @Override
    public StateStore putBooleans(String name, boolean[] v) {
        return put(name, v);
    }

    @Override
    public boolean has(String name) {
        return entries.containsKey(name);
    }

    @Override
    public float[] getFloats(String name) {
        return get(name, float[].class);
    }

    @Override
    public double[] getDoubles(String name) {
        return get(name, double[].class);
    }

    @Override
    public long[] getLongs(String name) {
        return get(name, long[].class);
    }

    @Override
    public int[] getInts(String name) {
        return get(name, int[].class);
    }

    @Override
    public boolean[] getBooleans(String name) {
        return get(name, boolean[].class);
    }
}
