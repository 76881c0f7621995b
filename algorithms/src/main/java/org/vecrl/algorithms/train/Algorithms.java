package org.vecrl.algorithms.train;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The algorithms available by name, found with {@link ServiceLoader}. */
public final class Algorithms {
    private static Map<String, Algorithm<?>> byName;

    private Algorithms() {}

    private static synchronized Map<String, Algorithm<?>> all() {
        if (byName == null) {
            Map<String, Algorithm<?>> found = new TreeMap<>();
            for (Algorithm<?> a : ServiceLoader.load(Algorithm.class, Algorithms.class.getClassLoader())) {
                found.put(a.name(), a);
            }
            byName = found;
        }
        return byName;
    }

    /** The registered names, sorted. */
    public static List<String> names() {
        return List.copyOf(all().keySet());
    }

    /** The algorithm called {@code name} (case-insensitive). */
    public static Algorithm<?> get(String name) {
        Algorithm<?> a = all().get(name == null ? null : name.toLowerCase(java.util.Locale.ROOT));
        if (a == null) {
            throw new IllegalArgumentException("unknown algorithm '" + name + "': expected one of " + names());
        }
        return a;
    }
}
