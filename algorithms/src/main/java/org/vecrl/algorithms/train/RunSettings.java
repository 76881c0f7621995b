package org.vecrl.algorithms.train;

import java.util.HashMap;
import java.util.Map;

/**
 * The algorithm-neutral settings of a training run (config keys {@code algo}, {@code env},
 * {@code seed}, {@code total_timesteps}, {@code num_envs}, {@code checkpoint_every},
 * {@code metrics_every}, {@code keep_checkpoints}, {@code eval_episodes}, {@code tensorboard}).
 *
 * @param algo            registry name of the algorithm
 * @param env             environment id
 * @param seed            seeds the environments (sub-env i gets seed + i), networks and generators
 * @param totalTimesteps  environment steps summed over sub-envs
 * @param numEnvs         parallel sub-environments
 * @param checkpointEvery environment steps between periodic checkpoints
 * @param metricsEvery    environment steps between rows of metrics.arrow
 * @param keepCheckpoints periodic checkpoints kept on disk, the latest ones (0 = all)
 * @param evalEpisodes    episodes of the deterministic end-of-run evaluation recorded in summary.json (0: none)
 * @param tensorboard     also write metrics and episodes as TensorBoard scalars to tensorboard/
 */
public record RunSettings(
        String algo,
        String env,
        @Default("1") long seed,
        @Default("500000") long totalTimesteps,
        @Default("1") int numEnvs,
        @Default("50000") long checkpointEvery,
        @Default("1000") long metricsEvery,
        @Default("0") int keepCheckpoints,
        @Default("10") int evalEpisodes,
        @Default("false") boolean tensorboard) {

    public RunSettings {
        if (algo == null || algo.isBlank() || env == null || env.isBlank()) {
            throw new IllegalArgumentException("algo='" + algo + "', env='" + env + "': expected both set");
        }
        requirePositive("total_timesteps", totalTimesteps);
        requirePositive("num_envs", numEnvs);
        requirePositive("checkpoint_every", checkpointEvery);
        requirePositive("metrics_every", metricsEvery);
        if (keepCheckpoints < 0) {
            throw new IllegalArgumentException("keep_checkpoints=" + keepCheckpoints + ": expected >= 0 (0 keeps all)");
        }
        if (evalEpisodes < 0) {
            throw new IllegalArgumentException(
                    "eval_episodes=" + evalEpisodes + ": expected >= 0 (0 disables the evaluation)");
        }
    }

    /** Settings that keep every periodic checkpoint, skip the end-of-run evaluation and TensorBoard (for tests and benchmarks). */
    public RunSettings(
            String algo,
            String env,
            long seed,
            long totalTimesteps,
            int numEnvs,
            long checkpointEvery,
            long metricsEvery) {
        this(algo, env, seed, totalTimesteps, numEnvs, checkpointEvery, metricsEvery, 0, 0, false);
    }

    private static void requirePositive(String key, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(key + "=" + value + ": expected > 0");
        }
    }

    /** Settings for {@code algo} on {@code env} with every other component at its {@link Default}. */
    public static RunSettings defaults(String algo, String env) {
        Map<String, Object> given = new HashMap<>();
        given.put("algo", algo);
        given.put("env", env);
        return Defaults.of(RunSettings.class, given);
    }
}
