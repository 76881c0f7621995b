package org.vecrl.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vecrl.algorithms.lm.LanguageModel;
import org.vecrl.algorithms.rlhf.Preference;
import org.vecrl.algorithms.rlhf.PreferenceFiles;
import org.vecrl.algorithms.rlhf.RewardModel;
import org.vecrl.algorithms.rlhf.StoredPreference;
import org.vecrl.core.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vecrl rlhf reward-model}: trains a reward model (a pretrained trunk with a scalar head) on
 * preference pairs with the Bradley–Terry loss and reports its held-out accuracy.
 */
@Command(
        name = "reward-model",
        mixinStandardHelpOptions = true,
        description = "Train a reward model on preference pairs (.arrow, .csv or .jsonl) from a pretrained model;"
                + " the last --held-out fraction of the pairs measures its accuracy. Use it with rlhf train"
                + " --reward model:DIR.")
final class RlhfRewardModelCommand implements Callable<Integer> {

    @Option(
            names = "--pairs",
            required = true,
            description = "Preference pairs by extension: Arrow IPC (.arrow), CSV with a header row (.csv) or JSON"
                    + " Lines (.jsonl, .json); columns chosen and rejected, optionally prompt and source.")
    Path pairs;

    @Option(names = "--model", required = true, description = "The pretraining run whose model is the trunk.")
    Path model;

    @Option(names = "--steps", defaultValue = "300", description = "AdamW steps (default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--batch-pairs", defaultValue = "16", description = "Pairs per step (default ${DEFAULT-VALUE}).")
    int batchPairs;

    @Option(names = "--lr", defaultValue = "1e-3", description = "Learning rate (default ${DEFAULT-VALUE}).")
    double lr;

    @Option(names = "--held-out", defaultValue = "0.2", description = "Fraction held out (default ${DEFAULT-VALUE}).")
    double heldOut;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = OutDir.DESCRIPTION + ": the reward model's folder.")
    Path out;

    @Mixin
    JsonOption jsonOption;

    @Override
    public Integer call() {
        if (steps < 1 || batchPairs < 1 || !(lr > 0) || !(heldOut > 0 && heldOut < 1)) {
            throw new IllegalArgumentException("--steps " + steps + ", --batch-pairs " + batchPairs + ", --lr " + lr
                    + ", --held-out " + heldOut + ": expected steps and batch >= 1, lr > 0, held-out in (0, 1)");
        }
        List<Preference> all =
                PreferenceFiles.read(pairs).stream().map(StoredPreference::pair).toList();
        int test = Math.max(1, (int) Math.round(all.size() * heldOut));
        if (test >= all.size()) {
            throw new IllegalArgumentException(
                    pairs + " holds " + all.size() + " pairs: too few to hold out " + test + " and train on the rest");
        }
        List<Preference> train = all.subList(0, all.size() - test);
        List<Preference> held = all.subList(all.size() - test, all.size());
        RewardModel rm = RewardModel.create(LanguageModel.load(model, null), seed);
        OutDir.requireDirectory(out);
        double before = rm.accuracy(held);
        double loss = rm.train(train, steps, batchPairs, lr, seed);
        double after = rm.accuracy(held);
        rm.save(out);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("train_pairs", train.size());
        summary.put("held_out_pairs", held.size());
        summary.put("held_out_accuracy_before", before);
        summary.put("held_out_accuracy", after);
        summary.put("last_loss", loss);
        Json.writeFile(out.resolve("summary.json"), summary);
        jsonOption.print(
                summary,
                () -> String.format(
                        Locale.ROOT,
                        "held-out accuracy %.3f (before training %.3f) on %d pairs; reward model in %s%n",
                        after,
                        before,
                        held.size(),
                        out));
        return 0;
    }
}
