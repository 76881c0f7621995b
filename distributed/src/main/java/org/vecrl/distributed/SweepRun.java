package org.vecrl.distributed;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vecrl.algorithms.train.Algorithms;
import org.vecrl.algorithms.train.RunConfig;

/**
 * One training run of a sweep: a configuration with one seed, and its run directory. Sent to a Spark task, it
 * resolves to the same {@link RunConfig} as {@code vecrl train --algo A --env E [--preset P] --seed S --set ...}
 * with the sweep's fixed sets followed by the configuration's values.
 *
 * @param algo          algorithm name
 * @param env           environment id
 * @param preset        preset name or null
 * @param sets          the sweep's fixed {@code key=value} overrides
 * @param configuration the swept values
 * @param seed          the run seed
 * @param dir           the run directory (a path string: Path is not serializable)
 */
public record SweepRun(
        String algo, String env, String preset, List<String> sets, Configuration configuration, long seed, String dir)
        implements Serializable {

    public SweepRun {
        sets = new ArrayList<>(sets);
    }

    /** The run's name: its directory's name, {@code <config-id>-seed<seed>}. */
    public String name() {
        return Path.of(dir).getFileName().toString();
    }

    /** The run directory. */
    public Path path() {
        return Path.of(dir);
    }

    /**
     * The resolved configuration, built exactly as {@code vecrl train} builds it; an unknown key or a bad value
     * fails with the configuration and seed in the message.
     */
    public RunConfig resolve() {
        Map<String, Object> flags = new LinkedHashMap<>();
        flags.put("seed", seed);
        List<String> all = new ArrayList<>(sets);
        all.addAll(configuration.sets());
        try {
            return RunConfig.resolve(Algorithms.get(algo), env, new RunConfig.Sources(preset, null, null, flags, all));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "configuration " + configuration.values() + " (seed " + seed + "): " + e.getMessage(), e);
        }
    }
}
