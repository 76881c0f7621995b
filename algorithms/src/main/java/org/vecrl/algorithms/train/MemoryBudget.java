package org.vecrl.algorithms.train;

import java.util.Locale;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Envs;

/**
 * Refuses sizes whose big arrays cannot fit in the heap before allocating them, so that a huge
 * {@code num_envs}, buffer or run count is a clear error naming the estimate and the maximum heap
 * instead of an {@link OutOfMemoryError} deep inside a run. Estimates are rough lower bounds.
 */
public final class MemoryBudget {
    /** A conservative lower bound of one sub-environment with its wrappers (objects, not arrays). */
    static final long BYTES_PER_ENV = 256;

    private MemoryBudget() {}

    /** Fails when {@code bytes} (an estimate, as a double so that it cannot overflow) exceeds the maximum heap. */
    public static void require(double bytes, String what) {
        long max = Runtime.getRuntime().maxMemory();
        if (bytes > max) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "%s: needs about %s of memory but the maximum heap is %s (-Xmx): expected smaller sizes",
                    what,
                    human(bytes),
                    human(max)));
        }
    }

    /** Checks the environments and the learner's buffers of a training run against the maximum heap. */
    public static void require(RunConfig config) {
        RunSettings run = config.run();
        int obsDim;
        try (Env<?, ?> env = Envs.make(run.env())) {
            obsDim = env.observationSpace().flatDim();
        }
        double bytes = run.numEnvs() * (BYTES_PER_ENV + 4.0 * 4 * obsDim)
                + learnerBytes(Algorithms.get(run.algo()), config, obsDim);
        require(
                bytes,
                "num_envs=" + run.numEnvs() + " of " + run.env() + " with the " + run.algo() + " hyperparameters");
    }

    private static <H extends Record> double learnerBytes(Algorithm<H> algorithm, RunConfig config, int obsDim) {
        return algorithm.bufferBytes(config.run(), config.hyperparameters(algorithm), obsDim);
    }

    /** Bytes in KiB, MiB or GiB with one decimal. */
    static String human(double bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        int u = 0;
        while (bytes >= 1024 && u < units.length - 1) {
            bytes /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", bytes, units[u]);
    }
}
