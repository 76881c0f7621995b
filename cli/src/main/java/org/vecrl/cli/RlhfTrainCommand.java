package org.vecrl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vecrl.algorithms.lm.LanguageModel;
import org.vecrl.algorithms.rlhf.RlhfConfig;
import org.vecrl.algorithms.rlhf.RlhfRun;
import org.vecrl.algorithms.train.Config;
import org.vecrl.algorithms.train.Defaults;
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

    @Option(names = "--model", required = true, description = "A pretraining run directory or its model.safetensors.")
    Path model;

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
        Map<String, Object> settings = Config.parseSets(sets);
        if (reward != null) {
            settings.put("reward", reward);
        }
        if (seed != null) {
            settings.put("seed", seed);
        }
        RlhfConfig config = Defaults.of(RlhfConfig.class, settings);
        LanguageModel lm = LanguageModel.load(model, null);
        Path dir = out != null
                ? out
                : RunDirectory.named("rlhf-" + config.seed(), LocalDateTime.now())
                        .root();
        OutDir.requireDirectory(dir);
        PrintWriter messages = jsonOption.json ? jsonOption.err() : jsonOption.out();
        RlhfRun.Summary s = RlhfRun.run(lm, config, dir, p -> {
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
        });
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
        return 0;
    }
}
