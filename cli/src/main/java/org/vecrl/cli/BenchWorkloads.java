package org.vecrl.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.vecrl.algorithms.train.Algorithms;
import org.vecrl.algorithms.train.ProgressReporter;
import org.vecrl.algorithms.train.RunConfig;
import org.vecrl.algorithms.train.Summary;
import org.vecrl.algorithms.train.TrainingRun;
import org.vecrl.core.env.Envs;
import org.vecrl.core.vector.AutoresetMode;
import org.vecrl.core.vector.RandomActionStepper;
import org.vecrl.core.vector.VectorEnv;

/**
 * The fixed, seeded workloads of {@code vecrl bench}: complete training runs through the real
 * training loop (logs and checkpoints included, in a temporary directory that is deleted), and
 * raw vector-env stepping with seeded random actions. Each returns one JSON-ready map per case.
 */
final class BenchWorkloads {
    private BenchWorkloads() {}

    /**
     * One training run of {@code algo} on {@code env} with its preset and the given overrides:
     * wall time, SPS and time to the env's reward threshold (mean of the last 20 episodes).
     */
    static Map<String, Object> train(String algo, String env, long seed, List<String> overrides) {
        List<String> sets = new ArrayList<>(overrides);
        sets.add("seed=" + seed);
        RunConfig config = RunConfig.resolve(
                Algorithms.get(algo), env, new RunConfig.Sources(null, Map.of(), null, Map.of(), sets));
        Path dir = tempDir();
        try {
            Summary s = TrainingRun.train(config, dir.resolve("run"), ProgressReporter.none());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("algo", algo);
            row.put("env", env);
            row.put("seed", seed);
            row.put("num_envs", config.run().numEnvs());
            row.put("overrides", overrides);
            row.put("total_steps", s.totalSteps());
            row.put("wall_seconds", s.wallSeconds());
            row.put("sps", s.sps());
            row.put("final_mean_return", s.finalMeanReturn());
            row.put("reward_threshold", s.rewardThreshold());
            row.put("steps_to_threshold", s.stepsToThreshold());
            row.put("seconds_to_threshold", s.secondsToThreshold());
            return row;
        } finally {
            deleteTree(dir);
        }
    }

    /** Steps a native (or sync) vector env {@code steps} times with seeded uniform random actions. */
    static Map<String, Object> envSteps(String env, int numEnvs, long steps, boolean sync) {
        VectorEnv vec =
                sync ? Envs.makeSyncVec(env, numEnvs, AutoresetMode.SAME_STEP, Map.of()) : Envs.makeVec(env, numEnvs);
        double seconds = new RandomActionStepper(vec, 1L).run(steps);
        vec.close();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("env", env);
        row.put("vector_env", sync ? "sync" : vec.getClass().getSimpleName());
        row.put("num_envs", numEnvs);
        row.put("env_steps", steps * numEnvs);
        row.put("wall_seconds", seconds);
        row.put("sps", steps * numEnvs / seconds);
        return row;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("vecrl-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the benchmark run", e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the benchmark directory " + dir, e);
        }
    }
}
