package org.vecrl.distributed;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One point of a sweep's grid: the swept keys and their values (as written on the command line), and an id
 * made of them, e.g. {@code learning_rate=1e-4,clip_coef=0.1} ({@code base} when nothing is swept), that names
 * the configuration's run directories.
 *
 * @param id     the directory-safe name
 * @param values swept key to value, in grid order
 */
public record Configuration(String id, Map<String, String> values) implements Serializable {
    /** The id of the configuration of a sweep without grid keys. */
    public static final String BASE = "base";

    public Configuration {
        values = new LinkedHashMap<>(values);
    }

    /** The configuration of {@code values}, its id made of them. */
    public static Configuration of(Map<String, String> values) {
        String id = values.isEmpty()
                ? BASE
                : values.entrySet().stream()
                        .map(e -> e.getKey() + "=" + safe(e.getValue()))
                        .collect(Collectors.joining(","));
        return new Configuration(id, values);
    }

    /** The values as {@code --set key=value} strings. */
    public List<String> sets() {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .toList();
    }

    private static String safe(String value) {
        return value.replaceAll("[^A-Za-z0-9.+_-]", "_");
    }
}
