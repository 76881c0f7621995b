package org.vecrl.distributed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vecrl.algorithms.train.Config;

/**
 * What a sweep trains: an algorithm on an environment (with an optional preset), the grid of swept config keys
 * (every combination is one {@link Configuration}), the seeds each configuration runs with, and fixed
 * {@code --set} overrides shared by all runs. Its map form is the sweep directory's {@code sweep.yaml}.
 *
 * @param algo   algorithm name
 * @param env    environment id
 * @param preset preset name, or null for the env's default preset
 * @param grid   swept key to its values, in command-line order
 * @param seeds  the seeds of every configuration
 * @param sets   fixed {@code key=value} overrides
 */
public record SweepSpec(
        String algo, String env, String preset, Map<String, List<String>> grid, List<Long> seeds, List<String> sets) {
    /** Keys a sweep sets itself: {@code seed} comes from {@code --seeds}. */
    private static final Set<String> RESERVED = Set.of("seed", "algo", "env");

    public SweepSpec {
        if (algo == null || env == null) {
            throw new IllegalArgumentException(
                    "a sweep needs --algo and --env (got algo=" + algo + ", env=" + env + ")");
        }
        if (seeds == null || seeds.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs --seeds, e.g. --seeds 1-5");
        }
        grid = new LinkedHashMap<>(grid);
        seeds = new ArrayList<>(seeds);
        sets = new ArrayList<>(sets);
        Map<String, Object> fixed = Config.parseSets(sets);
        for (String key : fixed.keySet()) {
            requireNotReserved(key, "--set " + key + "=" + fixed.get(key));
        }
        for (Map.Entry<String, List<String>> e : grid.entrySet()) {
            requireNotReserved(e.getKey(), "--grid " + e.getKey());
            if (fixed.containsKey(e.getKey())) {
                throw new IllegalArgumentException("key '" + e.getKey() + "' is both swept (--grid) and fixed (--set "
                        + e.getKey() + "=" + fixed.get(e.getKey()) + "): expected one of them");
            }
        }
    }

    /**
     * Parses {@code --grid key=v1,v2,...} options into the grid map; an empty value, a value given twice or a key
     * given twice fails naming it.
     */
    public static Map<String, List<String>> parseGrid(List<String> options) {
        Map<String, List<String>> grid = new LinkedHashMap<>();
        for (String option : options) {
            int eq = option.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--grid " + option + ": expected key=value1,value2,...");
            }
            String key = option.substring(0, eq).trim();
            List<String> values = new ArrayList<>();
            for (String v : option.substring(eq + 1).split(",", -1)) {
                String value = v.trim();
                if (value.isEmpty() || values.contains(value)) {
                    throw new IllegalArgumentException("--grid " + option + ": value '" + value
                            + "' is empty or given twice: expected distinct values separated by commas");
                }
                values.add(value);
            }
            if (grid.put(key, values) != null) {
                throw new IllegalArgumentException(
                        "--grid " + key + " is given twice: expected one --grid option per key");
            }
        }
        return grid;
    }

    /** Every combination of the grid's values, the first key varying slowest. */
    public List<Configuration> configurations() {
        List<Map<String, String>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> e : grid.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> point : points) {
                for (String value : e.getValue()) {
                    Map<String, String> extended = new LinkedHashMap<>(point);
                    extended.put(e.getKey(), value);
                    next.add(extended);
                }
            }
            points = next;
        }
        return points.stream().map(Configuration::of).toList();
    }

    /** One run per (configuration, seed), configuration-major, with its directory under {@code sweepDir/runs/}. */
    public List<SweepRun> runs(Path sweepDir) {
        List<SweepRun> runs = new ArrayList<>();
        for (Configuration c : configurations()) {
            for (long seed : seeds) {
                Path dir = SweepDirectory.runs(sweepDir).resolve(c.id() + "-seed" + seed);
                runs.add(new SweepRun(algo, env, preset, sets, c, seed, dir.toString()));
            }
        }
        return runs;
    }

    /** The spec as the content of sweep.yaml. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("algo", algo);
        map.put("env", env);
        if (preset != null) {
            map.put("preset", preset);
        }
        map.put("grid", new LinkedHashMap<>(grid));
        map.put("seeds", new ArrayList<>(seeds));
        map.put("set", new ArrayList<>(sets));
        return map;
    }

    /** Reads back the map of a sweep.yaml; {@code source} names it in errors. */
    @SuppressWarnings("unchecked")
    public static SweepSpec fromMap(Map<String, Object> map, String source) {
        try {
            Map<String, List<String>> grid = new LinkedHashMap<>();
            ((Map<String, List<Object>>) map.getOrDefault("grid", Map.of()))
                    .forEach((k, vs) ->
                            grid.put(k, vs.stream().map(String::valueOf).toList()));
            List<Long> seeds = ((List<Number>) map.get("seeds"))
                    .stream().map(Number::longValue).toList();
            List<String> sets = ((List<Object>) map.getOrDefault("set", List.of()))
                    .stream().map(String::valueOf).toList();
            return new SweepSpec(
                    (String) map.get("algo"), (String) map.get("env"), (String) map.get("preset"), grid, seeds, sets);
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException(
                    source + " is not a sweep spec (" + e.getMessage() + "): expected a sweep.yaml written by a sweep",
                    e);
        }
    }

    private static void requireNotReserved(String key, String where) {
        if (RESERVED.contains(key)) {
            throw new IllegalArgumentException(
                    where + ": '" + key + "' is set by the sweep itself (--algo, --env, --seeds), not by --grid/--set");
        }
    }
}
