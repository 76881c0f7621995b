package org.vecrl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.vecrl.core.io.Json;
import org.vecrl.core.progress.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vecrl bench ppo|dqn|envs|gpt}: fixed, seeded workloads whose throughput and learning speed are
 * written to {@code <out>/bench.json}.
 * <ul>
 *   <li>{@code ppo}: the flagship CleanRL run (CartPole-v1, 4 envs × 128 steps, 500k steps: wall
 *   time, SPS, time to mean-of-last-20 ≥ 475), then SPS at N = 4, 64, 1024 envs with num_steps 128
 *   and 4 minibatches (batch 512, 8192, 131072) for {@code --ppo-steps} steps each (at least 2
 *   iterations);</li>
 *   <li>{@code dqn}: DQN on CartPole-v1 with its preset for {@code --dqn-steps} steps;</li>
 *   <li>{@code envs}: random-action stepping of the classic-control envs, native vector envs at
 *   N = 1, 4, 64, 1024 and the generic SyncVectorEnv at N = 4 for comparison;</li>
 *   <li>{@code gpt}: nanoGPT's CPU Shakespeare-char model ({@link GptBenchWorkloads}): {@code --gpt-steps}
 *   training steps at batch 12, then KV-cache generation of 60 new tokens at batch 1 and 30 at batch 128
 *   (RLHF's rollout shape).</li>
 * </ul>
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Run fixed seeded benchmark workloads (ppo, dqn, envs, gpt) and write bench.json.")
final class BenchCommand implements Callable<Integer> {

    /** What to benchmark. */
    enum Suite {
        PPO,
        DQN,
        ENVS,
        GPT
    }

    private static final List<String> ENVS =
            List.of("CartPole-v1", "Acrobot-v1", "Pendulum-v1", "MountainCarContinuous-v0");

    @Parameters(index = "0", description = "ppo, dqn, envs or gpt")
    Suite suite;

    static final String FILE = "bench.json";

    @Option(
            names = "--out",
            description =
                    OutDir.DESCRIPTION + ": " + FILE + ", replaced if present (default: the current " + "directory).")
    Path out = Path.of(".");

    @Option(names = "--seed", description = "Seed of every workload (default: 1).")
    long seed = 1;

    @Option(names = "--skip-flagship", description = "ppo: skip the 500k-step CleanRL CartPole run.")
    boolean skipFlagship;

    @Option(names = "--ppo-envs", split = ",", description = "ppo: env counts for the SPS sweep (default: 4,64,1024).")
    List<Integer> ppoEnvs = List.of(4, 64, 1024);

    @Option(
            names = "--ppo-steps",
            description = "ppo: environment steps per sweep point, at least 2 iterations " + "(default: 262144).")
    long ppoSteps = 262_144;

    @Option(names = "--dqn-steps", description = "dqn: environment steps (default: 100000).")
    long dqnSteps = 100_000;

    @Option(
            names = "--env-steps",
            description = "envs: environment steps per case, summed over sub-envs (default: 1000000).")
    long envSteps = 1_000_000;

    @Option(names = "--gpt-steps", description = "gpt: timed training steps (default: 200).")
    int gptSteps = 200;

    @Option(
            names = "--engine",
            description = "Network engine for ppo and dqn: simd, nd4j or cuda (default: the presets').")
    String engine;

    @Mixin
    ProgressOption progressOption;

    @Mixin
    JsonOption jsonOption;

    @Override
    public Integer call() {
        OutDir.requireDirectory(out);
        List<Supplier<Map<String, Object>>> workloads = workloads();
        PrintWriter w = jsonOption.out();
        List<Map<String, Object>> results = new ArrayList<>();
        try (ProgressBar bar = progressOption.bar(
                "bench " + suite.name().toLowerCase(Locale.ROOT), workloads.size(), "workloads", jsonOption.err())) {
            for (Supplier<Map<String, Object>> workload : workloads) {
                Map<String, Object> row = workload.get();
                results.add(row);
                if (!jsonOption.json) {
                    w.println(Json.write(row).replaceAll("\\s+", " "));
                    w.flush();
                }
                bar.update(results.size());
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("suite", suite.name().toLowerCase(Locale.ROOT));
        doc.put("seed", seed);
        doc.put("cores", Runtime.getRuntime().availableProcessors());
        doc.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        doc.put("results", results);
        Path file = out.resolve(FILE);
        Json.writeFile(file, doc);
        jsonOption.print(doc, () -> "wrote " + file.toAbsolutePath().normalize() + System.lineSeparator());
        return 0;
    }

    /** The suite's workloads, in order, each run when called. */
    private List<Supplier<Map<String, Object>>> workloads() {
        List<Supplier<Map<String, Object>>> results = new ArrayList<>();
        switch (suite) {
            case PPO -> {
                if (!skipFlagship) {
                    results.add(() -> BenchWorkloads.train("ppo", "CartPole-v1", seed, engineOverride()));
                }
                for (int n : ppoEnvs) {
                    long batch = 128L * n;
                    long total = Math.max(2, ppoSteps / batch) * batch;
                    List<String> o = new ArrayList<>(List.of(
                            "num_envs=" + n,
                            "num_steps=128",
                            "num_minibatches=4",
                            "total_timesteps=" + total,
                            "checkpoint_every=" + total));
                    o.addAll(engineOverride());
                    results.add(() -> BenchWorkloads.train("ppo", "CartPole-v1", seed, o));
                }
            }
            case DQN -> {
                List<String> o =
                        new ArrayList<>(List.of("total_timesteps=" + dqnSteps, "checkpoint_every=" + dqnSteps));
                o.addAll(engineOverride());
                results.add(() -> BenchWorkloads.train("dqn", "CartPole-v1", seed, o));
            }
            case ENVS -> {
                for (String env : ENVS) {
                    for (int n : List.of(1, 4, 64, 1024)) {
                        results.add(() -> BenchWorkloads.envSteps(env, n, Math.max(1, envSteps / n), false));
                    }
                    results.add(() -> BenchWorkloads.envSteps(env, 4, Math.max(1, envSteps / 4), true));
                }
            }
            case GPT -> {
                if (gptSteps < 1) {
                    throw new IllegalArgumentException("--gpt-steps " + gptSteps + ": expected at least 1");
                }
                results.add(() -> GptBenchWorkloads.train(seed, gptSteps));
                results.add(() -> GptBenchWorkloads.generate(seed, 1, 60, 20));
                results.add(() -> GptBenchWorkloads.generate(seed, 128, 30, 3));
            }
        }
        return results;
    }

    private List<String> engineOverride() {
        return engine == null ? List.of() : List.of("engine=" + engine);
    }
}
