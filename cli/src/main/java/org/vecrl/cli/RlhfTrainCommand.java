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
import java.util.function.Consumer;
import org.vecrl.algorithms.lm.LanguageModel;
import org.vecrl.algorithms.rlhf.RlhfConfig;
import org.vecrl.algorithms.rlhf.RlhfRun;
import org.vecrl.algorithms.rlhf.RlhfTrainer;
import org.vecrl.algorithms.train.Config;
import org.vecrl.algorithms.train.RunDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vecrl rlhf train}: fine-tunes a pretrained model with PPO against a reward function (RLHF). */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = "Fine-tune a pretrained model with RLHF (PPO, value head, KL penalty to the initial model); "
                + "writes rlhf.yaml, metrics (Arrow + CSV), model.safetensors with the tokenizer, "
                + "value_head.safetensors and summary.json.")
final class RlhfTrainCommand implements Callable<Integer> {

    @Option(
            names = "--model",
            description = "A pretraining run directory or its model.safetensors (required unless --resume; with"
                    + " --resume: the model the run started from, if it moved).")
    Path model;

    @Option(
            names = "--reference",
            description = "The KL reference: a model folder or file of the same architecture (default: the --model).")
    Path reference;

    @Option(
            names = "--preset",
            description = "Settings from presets/rlhf/<NAME>.yaml over the curriculum's defaults: lora, grpo, no-kl.")
    String preset;

    @Option(
            names = "--resume",
            description = "Continue the unfinished RLHF run in this directory from its latest checkpoint.")
    Path resume;

    @Option(
            names = "--reward",
            description = "period (count of '.'), char:X (count of a character X), regex:PATTERN (count of"
                    + " matches) or model:DIR (a reward model); config key reward, default period.")
    String reward;

    @Option(names = "--seed", description = "Seed (config key seed, default 1).")
    Long seed;

    @Option(
            names = "--set",
            description = "Override one setting (repeatable), e.g. --set kl_coef=0 --set total_phases=30; the"
                    + " curriculum's RLHFArgs defaults otherwise.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", description = OutDir.DESCRIPTION + " (default runs/rlhf-<seed>-<yyyyMMdd-HHmmss>).")
    Path out;

    @Mixin
    JsonOption jsonOption;

    @Override
    public Integer call() {
        PrintWriter messages = jsonOption.json ? jsonOption.err() : jsonOption.out();
        if (resume != null) {
            if (preset != null
                    || reward != null
                    || seed != null
                    || !sets.isEmpty()
                    || out != null
                    || reference != null) {
                throw new IllegalArgumentException("--resume continues a run with its own rlhf.yaml: it takes no"
                        + " other option except --model and --json");
            }
            RlhfConfig config = RlhfConfig.fromMap(
                    Config.readYaml(resume.resolve(RlhfRun.CONFIG)),
                    resume.resolve(RlhfRun.CONFIG).toString());
            report(RlhfRun.resume(resume, model, phaseReporter(messages, config)), resume);
            return 0;
        }
        if (model == null) {
            throw new IllegalArgumentException("--model DIR|FILE is required: the pretrained model to fine-tune");
        }
        Map<String, Object> flags = new LinkedHashMap<>();
        if (reward != null) {
            flags.put("reward", reward);
        }
        if (seed != null) {
            flags.put("seed", seed);
        }
        RlhfConfig config = RlhfConfig.resolve(preset, flags, sets);
        LanguageModel lm = LanguageModel.load(model, null);
        Path dir = out != null
                ? out
                : RunDirectory.named("rlhf-" + config.seed(), LocalDateTime.now())
                        .root();
        OutDir.requireDirectory(dir);
        report(RlhfRun.run(lm, model, reference, config, dir, phaseReporter(messages, config)), dir);
        return 0;
    }

    /** Prints one line per phase and the curriculum's table of its first samples. */
    private static Consumer<RlhfTrainer.Phase> phaseReporter(PrintWriter messages, RlhfConfig config) {
        return p -> {
            messages.printf(
                    Locale.ROOT,
                    "Phase %03d/%03d, mean reward %.4f, ref logprob %.2f, kl %.4f, clip fraction %.3f"
                            + " (generate %.2f s, score %.2f s, update %.2f s)%n",
                    p.phase() + 1,
                    config.totalPhases(),
                    p.meanReward(),
                    p.meanRefLogProb(),
                    p.meanKl(),
                    p.clipFraction(),
                    p.generationSeconds(),
                    p.scoringSeconds(),
                    p.updateSeconds());
            for (int i = 0; i < p.firstSamples().size(); i++) {
                messages.printf(
                        Locale.ROOT,
                        "  %6.2f  %8.2f  %s%n",
                        p.rewards()[i],
                        p.refLogProbs()[i],
                        p.samples().get(i).replace("\n", "\\n"));
            }
            messages.flush();
        };
    }

    private void report(RlhfRun.Summary s, Path dir) {
        jsonOption.print(
                s,
                () -> String.format(
                        Locale.ROOT,
                        "%d phases in %.1f s: mean reward %.4f -> %.4f, %,d parameters trained; the model is in %s%n",
                        s.phases(),
                        s.wallSeconds(),
                        s.initialMeanReward(),
                        s.finalMeanReward(),
                        s.trainableParameters(),
                        dir));
    }
}
