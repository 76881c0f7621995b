package org.vecrl.algorithms.train;

import java.util.List;
import java.util.Map;

/** Test configs: {@code algo}'s defaults and its preset for {@code env}, then command-line-style flags and {@code --set}s. */
public final class TestRuns {
    private TestRuns() {}

    /** The resolved config, as {@code vecrl train --algo algo --env env} with {@code flags} and {@code sets}. */
    public static RunConfig config(String algo, String env, Map<String, Object> flags, List<String> sets) {
        return RunConfig.resolve(Algorithms.get(algo), env, new RunConfig.Sources(null, null, null, flags, sets));
    }
}
