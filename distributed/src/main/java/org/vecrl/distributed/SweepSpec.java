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
 * {@code --set} overrides shared by all runs; or, instead of the grid, a {@link RandomSearch}, optionally with
 * {@link Halving successive halving}. Its map form is the sweep directory's {@code sweep.yaml}.
 *
 * @param algo    algorithm name
 * @param env     environment id
 * @param preset  preset name, or null for the env's default preset
 * @param grid    swept key to its values, in command-line order
 * @param seeds   the seeds of every configuration
 * @param sets    fixed {@code key=value} overrides
 * @param search  the random search replacing the grid, or null
 * @param halving successive halving of the random search, or null
 */
public record SweepSpec(
        String algo,
        String env,
        String preset,
        Map<String, List<String>> grid,
        List<Long> seeds,
        List<String> sets,
        RandomSearch search,
        Halving halving) {
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
        if (search != null && !grid.isEmpty()) {
            throw new IllegalArgumentException("--grid and --random exclude each other: expected one way to sweep");
        }
        if (halving != null && search == null) {
            throw new IllegalArgumentException(
                    "--halving stops weak configurations of a random search: expected" + " --random N with --dist");
        }
        List<String> swept = new ArrayList<>(grid.keySet());
        if (search != null) {
            search.distributions().forEach(d -> swept.add(d.key()));
        }
        for (String key : swept) {
            requireNotReserved(key, "--grid/--dist " + key);
            if (fixed.containsKey(key)) {
                throw new IllegalArgumentException("key '" + key + "' is both swept (--grid/--dist) and fixed (--set "
                        + key + "=" + fixed.get(key) + "): expected one of them");
            }
        }
    }

    /** A grid sweep. */
    public SweepSpec(
            String algo,
            String env,
            String preset,
            Map<String, List<String>> grid,
            List<Long> seeds,
            List<String> sets) {
        this(algo, env, preset, grid, seeds, sets, null, null);
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

    /** The random search's configurations, or every combination of the grid's values, the first key slowest. */
    public List<Configuration> configurations() {
        if (search != null) {
            return search.configurations();
        }
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
                Path dir = SweepFile.RUNS.in(sweepDir).resolve(c.id() + "-seed" + seed);
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
        if (search != null) {
            Map<String, Object> random = new LinkedHashMap<>();
            random.put("trials", search.trials());
            random.put("seed", search.seed());
            random.put(
                    "dist",
                    search.distributions().stream().map(Distribution::option).toList());
            map.put("random", random);
        }
        if (halving != null) {
            map.put("halving", new LinkedHashMap<>(Map.of("eta", halving.eta(), "min_steps", halving.minSteps())));
        }
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
            Map<String, Object> random = (Map<String, Object>) map.get("random");
            RandomSearch search = random == null
                    ? null
                    : new RandomSearch(
                            ((Number) random.get("trials")).intValue(),
                            ((List<String>) random.get("dist"))
                                    .stream().map(Distribution::parse).toList(),
                            ((Number) random.get("seed")).longValue());
            Map<String, Number> h = (Map<String, Number>) map.get("halving");
            Halving halving = h == null
                    ? null
                    : new Halving(h.get("eta").intValue(), h.get("min_steps").longValue());
            return new SweepSpec(
                    (String) map.get("algo"),
                    (String) map.get("env"),
                    (String) map.get("preset"),
                    grid,
                    seeds,
                    sets,
                    search,
                    halving);
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
