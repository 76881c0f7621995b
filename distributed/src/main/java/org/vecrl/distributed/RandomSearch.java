package org.vecrl.distributed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A random search ({@code --random N --dist ...}): {@code trials} distinct configurations, each key drawn from
 * its {@link Distribution}, with a generator seeded by {@code seed} so the same options give the same
 * configurations.
 *
 * @param trials        the number of configurations
 * @param distributions one per key, in command-line order
 * @param seed          the sampling seed
 */
public record RandomSearch(int trials, List<Distribution> distributions, long seed) {
    private static final int MAX_DRAWS_PER_TRIAL = 100;

    public RandomSearch {
        if (trials < 1 || distributions.isEmpty()) {
            throw new IllegalArgumentException(
                    "--random " + trials + " with " + distributions.size() + " --dist: expected N >= 1 and a --dist");
        }
        distributions = new ArrayList<>(distributions);
    }

    /** The sampled configurations, in draw order; a draw equal to an earlier one is drawn again. */
    public List<Configuration> configurations() {
        SplittableRandom rng = new SplittableRandom(seed);
        Set<Configuration> out = new LinkedHashSet<>();
        for (int draws = 0; out.size() < trials; draws++) {
            if (draws >= trials * MAX_DRAWS_PER_TRIAL) {
                throw new IllegalArgumentException("--random " + trials + ": the distributions " + distributions
                        + " give only " + out.size() + " distinct configurations");
            }
            Map<String, String> values = new LinkedHashMap<>();
            distributions.forEach(d -> values.put(d.key(), d.sample(rng)));
            out.add(Configuration.of(values));
        }
        return new ArrayList<>(out);
    }
}
