package org.vecrl.core.spaces;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Named spaces, as Gymnasium's {@code Dict}. Members are {@code Map<String, Object>} with exactly the
 * same keys, each value a member of its space. Keys keep their insertion order, which is the order
 * of sampling, printing and flattening (the concatenation of the values' flat forms). Two dicts are
 * equal when they have the same keys in the same order and equal spaces.
 */
public final class DictSpace implements CompositeSpace<Map<String, Object>> {
    private final Map<String, Space<?>> spaces;
    private final List<String> keys;

    /** A dict of the given named spaces, in the map's order. */
    public DictSpace(LinkedHashMap<String, Space<?>> spaces) {
        if (spaces == null) {
            throw new IllegalArgumentException("Dict spaces are null: expected a map of names to spaces");
        }
        spaces.forEach((k, s) -> {
            if (k == null || s == null) {
                throw new IllegalArgumentException(
                        "Dict entry " + k + " -> " + s + ": expected a non-null name and space");
            }
        });
        this.spaces = Collections.unmodifiableMap(new LinkedHashMap<>(spaces));
        this.keys = List.copyOf(spaces.keySet());
    }

    /** The named spaces, in order (unmodifiable). */
    public Map<String, Space<?>> spaces() {
        return spaces;
    }

    @Override
    public Collection<Space<?>> parts() {
        return spaces.values();
    }

    /** The names, in order. */
    public List<String> keys() {
        return keys;
    }

    /** The space named {@code key}. */
    public Space<?> get(String key) {
        Space<?> s = spaces.get(key);
        if (s == null) {
            throw new IllegalArgumentException("key '" + key + "' is not in " + this + ": expected one of " + keys);
        }
        return s;
    }

    @Override
    public Map<String, Object> sample(RandomGenerator rng) {
        Map<String, Object> x = new LinkedHashMap<>();
        spaces.forEach((k, s) -> x.put(k, s.sample(rng)));
        return Collections.unmodifiableMap(x);
    }

    @Override
    public boolean contains(Object x) {
        if (!(x instanceof Map<?, ?> map) || map.size() != spaces.size()) {
            return false;
        }
        for (Map.Entry<String, Space<?>> e : spaces.entrySet()) {
            if (!map.containsKey(e.getKey()) || !e.getValue().contains(map.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void flattenInto(Map<String, Object> x, float[] out, int offset) {
        check(x, "value");
        int at = offset;
        for (Map.Entry<String, Space<?>> e : spaces.entrySet()) {
            Spaces.flattenMember(e.getValue(), x.get(e.getKey()), out, at);
            at += e.getValue().flatDim();
        }
    }

    @Override
    public Map<String, Object> unflatten(float[] flat, int offset) {
        Map<String, Object> x = new LinkedHashMap<>();
        int at = offset;
        for (Map.Entry<String, Space<?>> e : spaces.entrySet()) {
            x.put(e.getKey(), e.getValue().unflatten(flat, at));
            at += e.getValue().flatDim();
        }
        return Collections.unmodifiableMap(x);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DictSpace d && keys.equals(d.keys) && spaces.equals(d.spaces);
    }

    @Override
    public int hashCode() {
        return spaces.hashCode();
    }

    @Override
    public String toString() {
        return spaces.entrySet().stream()
                .map(e -> "'" + e.getKey() + "': " + e.getValue())
                .collect(Collectors.joining(", ", "Dict(", ")"));
    }
}
