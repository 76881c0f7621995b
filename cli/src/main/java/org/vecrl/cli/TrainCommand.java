package org.vecrl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vecrl.algorithms.train.Algorithms;
import org.vecrl.algorithms.train.Config;
import org.vecrl.algorithms.train.ProgressReporter;
import org.vecrl.algorithms.train.RunConfig;
import org.vecrl.algorithms.train.RunDirectory;
import org.vecrl.algorithms.train.Summary;
import org.vecrl.algorithms.train.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vecrl train}: trains an agent into a run directory, or resumes one. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description =
                "Train an agent; writes config.yaml, metrics/episodes (Arrow + CSV), checkpoints/ and summary.json.")
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--algo", description = "Algorithm: dqn, ppo, ... (required unless --resume).")
    String algo;

    @Option(names = "--env", description = "Environment id, e.g. CartPole-v1 (required unless --resume).")
    String env;

    @Option(names = "--preset", description = "Preset name under presets/<algo>/ (default: the env id, if present).")
    String preset;

    @Option(names = "--config", description = "YAML file of config keys, applied over the preset.")
    Path config;

    @Option(names = "--set", description = "Override one config key (repeatable): --set learning_rate=1e-3.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--seed", description = "Seed (config key seed).")
    Long seed;

    @Option(names = "--total-steps", description = "Environment steps (config key total_timesteps).")
    Long totalSteps;

    @Option(names = "--num-envs", description = "Parallel environments (config key num_envs).")
    Integer numEnvs;

    @Option(
            names = "--out",
            description = OutDir.DESCRIPTION + ": the run directory, which must not hold a run "
                    + "(default runs/<algo>-<env>-<seed>-<yyyyMMdd-HHmmss>).")
    Path out;

    @Mixin
    ProgressOption progressOption;

    @Mixin
    JsonOption jsonOption;

    @Option(
            names = "--tensorboard",
            description = "Also write TensorBoard scalars to <run>/tensorboard/ " + "(config key tensorboard).")
    boolean tensorboard;

    @Option(names = "--resume", description = "Continue the run in DIR from its last checkpoint.")
    Path resume;

    @Override
    public Integer call() {
        PrintWriter stdout = jsonOption.out();
        PrintWriter messages = jsonOption.json ? jsonOption.err() : stdout;
        ProgressReporter progress = progressOption.reporter();
        Summary summary;
        Path dir;
        if (resume != null) {
            if (algo != null
                    || env != null
                    || config != null
                    || !sets.isEmpty()
                    || preset != null
                    || seed != null
                    || totalSteps != null
                    || numEnvs != null
                    || out != null
                    || tensorboard) {
                throw new IllegalArgumentException(
                        "--resume continues a run with its own config.yaml: it takes no other option"
                                + " except --no-progress and --json");
            }
            dir = resume;
            summary = TrainingRun.resume(dir, progress);
        } else {
            if (algo == null || env == null) {
                throw new IllegalArgumentException(
                        "--algo and --env are required (algorithms: " + Algorithms.names() + ")");
            }
            Map<String, Object> flags = new LinkedHashMap<>();
            if (seed != null) {
                flags.put("seed", seed);
            }
            if (totalSteps != null) {
                flags.put("total_timesteps", totalSteps);
            }
            if (numEnvs != null) {
                flags.put("num_envs", numEnvs);
            }
            if (tensorboard) {
                flags.put("tensorboard", true);
            }
            RunConfig rc = RunConfig.resolve(
                    Algorithms.get(algo),
                    env,
                    new RunConfig.Sources(
                            preset,
                            config == null ? null : Config.readYaml(config),
                            config == null ? null : config.toString(),
                            flags,
                            sets));
            dir = out != null
                    ? out
                    : RunDirectory.defaultFor(rc.run(), LocalDateTime.now()).root();
            messages.println("run directory: " + dir);
            messages.flush();
            summary = TrainingRun.train(rc, dir, progress);
        }
        Summary s = summary;
        jsonOption.print(s, () -> text(s));
        return 0;
    }

    private static String text(Summary s) {
        String nl = System.lineSeparator();
        String threshold = s.rewardThreshold() == null
                ? "no reward threshold"
                : s.stepsToThreshold() == null
                        ? "threshold " + s.rewardThreshold() + " not reached"
                        : String.format(
                                Locale.ROOT,
                                "threshold %s reached at step %d (%.1f s)",
                                s.rewardThreshold(),
                                s.stepsToThreshold(),
                                s.secondsToThreshold());
        return String.format(
                        Locale.ROOT,
                        "%s on %s (seed %d): %d steps in %.1f s (%.0f steps/s)",
                        s.algo(),
                        s.env(),
                        s.seed(),
                        s.totalSteps(),
                        s.wallSeconds(),
                        s.sps())
                + nl
                + String.format(
                        Locale.ROOT,
                        "mean return of the last 20 episodes %s (best %s); %s",
                        number(s.finalMeanReturn()),
                        number(s.bestMeanReturn()),
                        threshold)
                + nl
                + (s.evalMeanReturn() == null
                        ? ""
                        : String.format(
                                        Locale.ROOT,
                                        "deterministic evaluation: mean return %s ± %s over %d " + "episodes",
                                        number(s.evalMeanReturn()),
                                        number(s.evalStdReturn()),
                                        s.evalEpisodes())
                                + nl);
    }

    private static String number(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }
}
