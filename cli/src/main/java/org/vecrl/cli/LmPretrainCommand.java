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
import org.vecrl.algorithms.lm.PretrainConfig;
import org.vecrl.algorithms.lm.PretrainSummary;
import org.vecrl.algorithms.lm.Pretraining;
import org.vecrl.algorithms.train.ProgressReporter;
import org.vecrl.algorithms.train.RunDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vecrl lm pretrain}: pretrains a GPT on a text file into a run directory, or resumes one. */
@Command(
        name = "pretrain",
        mixinStandardHelpOptions = true,
        description = "Pretrain a GPT language model on a UTF-8 text file; writes config.yaml, the tokenizer, "
                + "model.safetensors, metrics (Arrow + CSV), loss.png, checkpoints/ and summary.json.")
final class LmPretrainCommand implements Callable<Integer> {

    @Option(names = "--corpus", description = "UTF-8 text file to train on (required unless --resume).")
    Path corpus;

    @Option(names = "--tokenizer", description = "char or bpe:N (config key tokenizer; default char).")
    String tokenizer;

    @Option(names = "--preset", description = "Preset name under presets/lm/, e.g. shakespeare-char-cpu.")
    String preset;

    @Option(names = "--set", description = "Override one config key (repeatable): --set max_iters=500.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--seed", description = "Seed (config key seed).")
    Long seed;

    @Option(
            names = "--out",
            description = OutDir.DESCRIPTION + ": the run directory, which must not hold a run "
                    + "(default runs/lm-<corpus name>-<seed>-<yyyyMMdd-HHmmss>).")
    Path out;

    @Option(
            names = "--resume",
            description = "Continue the run in DIR from its last checkpoint (with --corpus: the corpus moved there).")
    Path resume;

    @Mixin
    ProgressOption progressOption;

    @Mixin
    JsonOption jsonOption;

    @Override
    public Integer call() {
        PrintWriter messages = jsonOption.json ? jsonOption.err() : jsonOption.out();
        ProgressReporter progress = progressOption.reporter();
        PretrainSummary summary;
        if (resume != null) {
            if (tokenizer != null || preset != null || !sets.isEmpty() || seed != null || out != null) {
                throw new IllegalArgumentException("--resume continues a run with its own config.yaml: it takes no"
                        + " other option except --corpus, --no-progress and --json");
            }
            summary = Pretraining.resume(resume, corpus, progress);
        } else {
            if (corpus == null) {
                throw new IllegalArgumentException("--corpus FILE is required: the UTF-8 text to train on");
            }
            Map<String, Object> flags = new LinkedHashMap<>();
            if (tokenizer != null) {
                flags.put("tokenizer", tokenizer);
            }
            if (seed != null) {
                flags.put("seed", seed);
            }
            PretrainConfig config = PretrainConfig.resolve(preset, flags, sets);
            Path dir = out;
            if (dir == null) {
                String name = String.valueOf(corpus.getFileName()).replaceFirst("\\.[^.]*$", "");
                dir = RunDirectory.named("lm-" + name + "-" + config.seed(), LocalDateTime.now())
                        .root();
            }
            OutDir.requireDirectory(dir);
            messages.println("run directory: " + dir);
            messages.flush();
            summary = Pretraining.train(config, corpus, dir, progress);
        }
        PretrainSummary s = summary;
        jsonOption.print(
                s,
                () -> String.format(
                        Locale.ROOT,
                        "%,d parameters, %d iterations (%,d tokens) in %.1f s (%,.0f tokens/s)%n"
                                + "train loss %.4f, val loss %.4f (perplexity %.2f)%n",
                        s.params(),
                        s.iters(),
                        s.tokens(),
                        s.wallSeconds(),
                        s.tokensPerSecond(),
                        s.trainLoss(),
                        s.valLoss(),
                        s.valPerplexity()));
        return 0;
    }
}
