package org.vecrl.algorithms.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A resolved training configuration: the run settings plus the algorithm's hyperparameters. It is
 * built from layers, each overriding the one before: the record defaults, the preset
 * ({@code presets/<algo>/<env>.yaml} on the classpath, or {@code presets/<algo>/<name>.yaml} when a
 * preset name is given), a YAML file, and {@code key=value} overrides. A key that is not a run
 * setting or hyperparameter fails with a message listing the valid keys. The resolved map is what
 * a run writes to config.yaml and what {@link #fromMap} reads back.
 *
 * @param run             the algorithm-neutral settings
 * @param hyperparameters the algorithm's record
 */
public record RunConfig(RunSettings run, Record hyperparameters) {

    /** The run settings and hyperparameters as one flat map (the content of config.yaml). */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>(Config.toMap(run));
        map.putAll(Config.toMap(hyperparameters));
        return map;
    }

    /** The hyperparameters as the algorithm's record type. */
    public <H extends Record> H hyperparameters(Algorithm<H> algorithm) {
        return algorithm.hyperparametersType().cast(hyperparameters);
    }

    /** The layers of one resolution, lowest priority first (each may be null or empty). */
    public record Sources(
            String preset, Map<String, Object> file, String fileName, Map<String, Object> flags, List<String> sets) {}

    /** Resolves the configuration of a new run of {@code algorithm} on {@code env}. */
    public static RunConfig resolve(Algorithm<?> algorithm, String env, Sources sources) {
        Map<String, Object> values = defaults(algorithm, env);
        String presetName = sources.preset() == null ? env : sources.preset();
        String resource = "presets/" + algorithm.name() + "/" + presetName + ".yaml";
        Map<String, Object> preset = Config.readYamlResource(resource);
        if (preset == null && sources.preset() != null) {
            throw new IllegalArgumentException("no preset '" + sources.preset() + "' for " + algorithm.name()
                    + ": expected the classpath resource " + resource);
        }
        apply(values, preset, "preset " + resource, algorithm, env);
        apply(values, sources.file(), sources.fileName(), algorithm, env);
        apply(values, sources.flags(), "command-line options", algorithm, env);
        apply(values, Config.parseSets(sources.sets()), "--set", algorithm, env);
        return bind(algorithm, values);
    }

    /** Reads back the map of a config.yaml written by a run. */
    public static RunConfig fromMap(Map<String, Object> map, String source) {
        Object algo = map.get("algo");
        Object env = map.get("env");
        if (algo == null || env == null) {
            throw new IllegalArgumentException(
                    source + " has no 'algo' or 'env' key: expected a config.yaml written by a run");
        }
        Algorithm<?> algorithm = Algorithms.get(algo.toString());
        Map<String, Object> values = defaults(algorithm, env.toString());
        apply(values, map, source, algorithm, env.toString());
        return bind(algorithm, values);
    }

    private static Map<String, Object> defaults(Algorithm<?> algorithm, String env) {
        Map<String, Object> values = new LinkedHashMap<>(Config.toMap(RunSettings.defaults(algorithm.name(), env)));
        for (Map.Entry<String, Object> e : Config.toMap(algorithm.defaults()).entrySet()) {
            if (values.containsKey(e.getKey())) {
                throw new IllegalStateException(
                        algorithm.name() + " hyperparameter '" + e.getKey() + "' clashes with a run setting");
            }
            values.put(e.getKey(), e.getValue());
        }
        return values;
    }

    private static RunConfig bind(Algorithm<?> algorithm, Map<String, Object> values) {
        return new RunConfig(
                Config.bind(RunSettings.class, values), Config.bind(algorithm.hyperparametersType(), values));
    }

    private static void apply(
            Map<String, Object> values, Map<String, Object> layer, String source, Algorithm<?> algorithm, String env) {
        if (layer == null) {
            return;
        }
        for (Map.Entry<String, Object> e : layer.entrySet()) {
            String key = e.getKey();
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("unknown config key '" + key + "' in " + source + " for "
                        + algorithm.name() + ": valid keys are " + new ArrayList<>(values.keySet()));
            }
            boolean fixed = key.equals("algo") || key.equals("env");
            if (fixed && !String.valueOf(e.getValue()).equals(values.get(key))) {
                throw new IllegalArgumentException(source + " sets " + key + "=" + e.getValue() + " but this run has "
                        + key + "=" + (key.equals("algo") ? algorithm.name() : env));
            }
            values.put(key, e.getValue());
        }
    }
}
