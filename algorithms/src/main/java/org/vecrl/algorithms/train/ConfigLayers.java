package org.vecrl.algorithms.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A settings record resolved from layers, each over the one before: the record's defaults, a preset (the
 * classpath resource {@code folder + name + ".yaml"}), the command line's options and its {@code --set k=v}
 * pairs. A key the record does not have is an error naming it, its layer and the valid keys.
 */
public final class ConfigLayers {
    private ConfigLayers() {}

    /**
     * The record of {@code type} from its defaults, the preset {@code preset} (null: none; {@code kind} names
     * the presets in the error for a missing one), {@code flags} and {@code sets}.
     */
    public static <T extends Record> T resolve(
            Class<T> type, String kind, String folder, String preset, Map<String, Object> flags, List<String> sets) {
        Map<String, Object> values = new LinkedHashMap<>(Config.toMap(Defaults.of(type)));
        if (preset != null) {
            Map<String, Object> layer = Config.readYamlResource(folder + preset + ".yaml");
            if (layer == null) {
                throw new IllegalArgumentException("no " + kind + " preset '" + preset
                        + "': expected the classpath resource " + folder + preset + ".yaml");
            }
            apply(values, layer, "preset " + preset);
        }
        apply(values, flags, "command-line options");
        apply(values, Config.parseSets(sets), "--set");
        return Config.bind(type, values);
    }

    /** The record of {@code type} from the map of a settings file a run wrote; keys it lacks take their defaults. */
    public static <T extends Record> T fromMap(Class<T> type, Map<String, Object> map, String source) {
        Map<String, Object> values = new LinkedHashMap<>(Config.toMap(Defaults.of(type)));
        apply(values, map, source);
        return Config.bind(type, values);
    }

    private static void apply(Map<String, Object> values, Map<String, Object> layer, String source) {
        if (layer == null) {
            return;
        }
        for (Map.Entry<String, Object> e : layer.entrySet()) {
            if (!values.containsKey(e.getKey())) {
                throw new IllegalArgumentException("unknown config key '" + e.getKey() + "' in " + source
                        + ": valid keys are " + new ArrayList<>(values.keySet()));
            }
            values.put(e.getKey(), e.getValue());
        }
    }
}
