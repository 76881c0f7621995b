package org.vecrl.cuda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vecrl.algorithms.pg.Ppo;
import org.vecrl.algorithms.pg.PpoHyperparameters;
import org.vecrl.algorithms.train.Defaults;
import org.vecrl.algorithms.train.Learner;
import org.vecrl.algorithms.train.Metrics;
import org.vecrl.algorithms.train.RunSettings;
import org.vecrl.core.env.Envs;
import org.vecrl.core.vector.VectorEnv;

/**
 * PPO CartPole throughput (env steps per second of whole iterations: rollout and update) against the number of
 * envs and the hidden width: the device-resident PPO ({@link DevicePpo}) on 1k to 64k envs and widths 64 to 512,
 * then the host PPO ({@code vecrl train}'s) on the CPU's simd engine and with engine=cuda on 1k envs, which
 * take CleanRL's 128 steps per env only on the GPU (16 on the host, where one iteration of 128 would take
 * minutes at width 512). Each measurement runs one iteration to warm up and times the next two (on the device
 * also their rollouts apart from the updates); a measurement
 * that would start after the time budget is listed as skipped, so the sweep ends within about its budget plus
 * one measurement.
 */
public final class ThroughputSweep {

    private static final int[] DEVICE_ENVS = {1024, 4096, 16384, 65536};
    private static final int[] WIDTHS = {64, 128, 256, 512};
    private static final int HOST_ENVS = 1024;
    private static final int HOST_STEPS = 16;
    private static final int[] HOST_WIDTHS = {64, 512};
    private static final int TIMED_ITERATIONS = 2;

    private final double budgetSeconds;
    private final long start = System.nanoTime();

    /** A sweep that starts no measurement after {@code budgetSeconds}. */
    public ThroughputSweep(double budgetSeconds) {
        if (!(budgetSeconds > 0)) {
            throw new IllegalArgumentException("sweep budget=" + budgetSeconds + " s: expected > 0");
        }
        this.budgetSeconds = budgetSeconds;
    }

    /** Runs the sweep; one row per measurement (or skipped measurement), in order. */
    public List<Map<String, Object>> run() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int width : WIDTHS) {
            for (int envs : DEVICE_ENVS) {
                rows.add(measure("device_ppo", "cuda", envs, width, 128, () -> devicePpo(envs, width)));
            }
        }
        for (String engine : List.of("simd", "cuda")) {
            for (int width : HOST_WIDTHS) {
                rows.add(measure("host_ppo", engine, HOST_ENVS, width, HOST_STEPS, () -> hostPpo(engine, width)));
            }
        }
        return rows;
    }

    /** Seconds of the timed iterations, and of their rollouts where measured apart (else NaN). */
    private record Timing(double seconds, double rolloutSeconds) {}

    /** One measurement's timed iterations. */
    @FunctionalInterface
    private interface Measurement {
        Timing run();
    }

    private Map<String, Object> measure(
            String mode, String engine, int envs, int width, int numSteps, Measurement measurement) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("mode", mode);
        row.put("engine", engine);
        row.put("num_envs", envs);
        row.put("hidden", width);
        row.put("num_steps", numSteps);
        if ((System.nanoTime() - start) / 1e9 > budgetSeconds) {
            row.put("skipped", "the sweep's time budget of " + budgetSeconds + " s was spent");
            return row;
        }
        try {
            Timing timing = measurement.run();
            long steps = (long) TIMED_ITERATIONS * envs * numSteps;
            row.put("steps", steps);
            row.put("seconds", timing.seconds());
            if (!Double.isNaN(timing.rolloutSeconds())) {
                row.put("rollout_seconds", timing.rolloutSeconds());
            }
            row.put("steps_per_second", Math.round(steps / timing.seconds()));
        } catch (RuntimeException | OutOfMemoryError e) {
            row.put("error", e.toString());
        }
        return row;
    }

    private static Timing devicePpo(int envs, int width) {
        PpoHyperparameters h = hyperparameters(width, 128, "cuda");
        long total = (long) (1 + TIMED_ITERATIONS) * envs * h.numSteps();
        try (DevicePpo ppo = new DevicePpo("CartPole-v1", h, envs, total, 1)) {
            ppo.iterate();
            double seconds = 0;
            double rolloutSeconds = 0;
            for (int i = 0; i < TIMED_ITERATIONS; i++) {
                DevicePpo.Iteration it = ppo.iterate();
                seconds += it.seconds();
                rolloutSeconds += it.rolloutSeconds();
            }
            return new Timing(seconds, rolloutSeconds);
        }
    }

    /** The host PPO's learner (as {@code vecrl train} builds it) on the Java vector env, iterated directly. */
    private static Timing hostPpo(String engine, int width) {
        PpoHyperparameters h = hyperparameters(width, HOST_STEPS, engine);
        long total = (long) (1 + TIMED_ITERATIONS) * HOST_ENVS * HOST_STEPS;
        RunSettings run = Defaults.of(
                RunSettings.class,
                Map.of("algo", "ppo", "env", "CartPole-v1", "num_envs", HOST_ENVS, "total_timesteps", total));
        VectorEnv env = Envs.makeVec(run.env(), run.numEnvs());
        env.reset(run.seed());
        Learner learner = new Ppo().createLearner(run, h, env);
        try {
            Metrics metrics = new Metrics(learner.metricNames(), () -> 0);
            learner.iterate(metrics);
            long start = System.nanoTime();
            for (int i = 0; i < TIMED_ITERATIONS; i++) {
                learner.iterate(metrics);
            }
            return new Timing((System.nanoTime() - start) / 1e9, Double.NaN);
        } finally {
            learner.close();
            env.close();
        }
    }

    private static PpoHyperparameters hyperparameters(int width, int numSteps, String engine) {
        return Defaults.of(
                PpoHyperparameters.class,
                Map.of("hidden_sizes", width + "," + width, "num_steps", numSteps, "engine", engine));
    }
}
