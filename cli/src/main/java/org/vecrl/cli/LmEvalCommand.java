package org.vecrl.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vecrl.algorithms.lm.Corpus;
import org.vecrl.algorithms.lm.LanguageModel;
import org.vecrl.algorithms.lm.PretrainConfig;
import org.vecrl.algorithms.train.Defaults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vecrl lm eval}: the loss and perplexity of a pretrained model on a text file. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Mean loss and perplexity of a pretrained model on random context-length windows of a text file.")
final class LmEvalCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            paramLabel = "DIR|FILE.safetensors",
            description = "A pretraining run directory or a model file.")
    Path path;

    @Option(names = "--corpus", required = true, description = "UTF-8 text file to evaluate on (all of it).")
    Path corpus;

    @Option(names = "--tokenizer-dir", description = "Folder of the tokenizer files (default: the model's folder).")
    Path tokenizerDir;

    @Option(names = "--eval-iters", description = "Batches to average (default: the run's eval_iters).")
    Integer evalIters;

    @Option(names = "--batch-size", description = "Windows per batch (default: the run's batch_size).")
    Integer batchSize;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the windows (default ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    JsonOption jsonOption;

    @Override
    public Integer call() {
        String text = Corpus.read(corpus);
        LanguageModel lm = LanguageModel.load(path, tokenizerDir);
        PretrainConfig run = lm.config() != null ? lm.config() : Defaults.of(PretrainConfig.class);
        LanguageModel.Evaluation e = lm.evaluate(
                text,
                "corpus " + corpus,
                batchSize != null ? batchSize : run.batchSize(),
                evalIters != null ? evalIters : run.evalIters(),
                seed);
        jsonOption.print(
                e,
                () -> String.format(
                        Locale.ROOT,
                        "loss %.4f, perplexity %.2f (%d batches of %d windows of %d tokens; corpus %,d tokens)%n",
                        e.loss(),
                        e.perplexity(),
                        e.evalIters(),
                        e.batchSize(),
                        lm.contextLength(),
                        e.tokens()));
        return 0;
    }
}
