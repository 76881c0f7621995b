package org.vecrl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vecrl.algorithms.lm.LanguageModel;
import org.vecrl.algorithms.rlhf.Preference;
import org.vecrl.algorithms.rlhf.PreferenceFiles;
import org.vecrl.algorithms.rlhf.PreferenceFormat;
import org.vecrl.algorithms.rlhf.RewardFunction;
import org.vecrl.algorithms.rlhf.StoredPreference;
import org.vecrl.core.env.Seeding;
import org.vecrl.nn.gpt.SamplingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vecrl rlhf pairs}: samples pairs of continuations of a prompt and labels them with a scripted
 * Bradley–Terry labeller over a hidden score, into a pairs file (Arrow, CSV or JSON Lines by its extension).
 */
@Command(
        name = "pairs",
        mixinStandardHelpOptions = true,
        description = "Generate preference pairs: 2 samples per pair from a model, labelled by a scripted"
                + " Bradley-Terry labeller of a hidden score; writes the columns prompt, chosen, rejected, source"
                + " as Arrow IPC (.arrow, recommended), CSV (.csv) or JSON Lines (.jsonl, .json) by --out's extension.")
final class RlhfPairsCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, description = "A pretraining run directory or its model.safetensors.")
    Path model;

    @Option(names = "--prompt", required = true, description = "Text both samples of a pair continue.")
    String prompt;

    @Option(names = "--count", defaultValue = "200", description = "Pairs to write (default ${DEFAULT-VALUE}).")
    int count;

    @Option(
            names = "--max-new-tokens",
            defaultValue = "30",
            description = "Tokens per sample (default ${DEFAULT-VALUE}).")
    int maxNewTokens;

    @Option(
            names = "--score",
            defaultValue = "period",
            description = "The labeller's hidden score, as a reward spec: period, char:X or regex:P (default"
                    + " ${DEFAULT-VALUE}).")
    String score;

    @Option(
            names = "--labeller-temperature",
            defaultValue = "0.5",
            description = "Bradley-Terry noise: P(a preferred) = sigmoid((score(a) - score(b)) / T) (default"
                    + " ${DEFAULT-VALUE}).")
    double labellerTemperature;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Sampling and labelling seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--out",
            required = true,
            description = "The pairs file to write: PAIRS.arrow (recommended), PAIRS.csv or PAIRS.jsonl.")
    Path out;

    @Mixin
    JsonOption jsonOption;

    @Override
    public Integer call() {
        if (count < 1 || maxNewTokens < 1) {
            throw new IllegalArgumentException(
                    "--count " + count + " and --max-new-tokens " + maxNewTokens + ": expected both >= 1");
        }
        PreferenceFormat.of(out); // an unsupported extension fails here, before any sampling
        RewardFunction hidden = RewardFunction.parse(score);
        List<String> samples =
                LanguageModel.load(model, null).sample(prompt, maxNewTokens, SamplingConfig.of(1.0), 2 * count, seed);
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pairs.add(new String[] {samples.get(2 * i), samples.get(2 * i + 1)});
        }
        List<Preference> labelled = Preference.label(
                pairs,
                text -> hidden.score(List.of(text))[0],
                labellerTemperature,
                Seeding.generator(seed, "labeller"));
        String source = "scripted:" + score + "@T=" + labellerTemperature;
        PreferenceFiles.write(
                out,
                labelled.stream()
                        .map(p -> new StoredPreference(prompt, p, source))
                        .toList());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("pairs", labelled.size());
        result.put("file", out.toString());
        result.put("source", source);
        jsonOption.print(result, () -> "wrote " + labelled.size() + " pairs to " + out + System.lineSeparator());
        return 0;
    }
}
