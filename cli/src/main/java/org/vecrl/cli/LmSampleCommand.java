package org.vecrl.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vecrl.algorithms.lm.LanguageModel;
import org.vecrl.nn.gpt.SamplingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vecrl lm sample}: generates text from a pretrained model. */
@Command(
        name = "sample",
        mixinStandardHelpOptions = true,
        description = "Sample text from a pretraining run or a .safetensors model (prompt included in the output).")
final class LmSampleCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            paramLabel = "DIR|FILE.safetensors",
            description = "A pretraining run directory, or a model file (its shape from its metadata or a config.yaml"
                    + " next to it or in --tokenizer-dir).")
    Path path;

    @Option(names = "--tokenizer-dir", description = "Folder of the tokenizer files (default: the model's folder).")
    Path tokenizerDir;

    @Option(names = "--prompt", required = true, description = "Text to continue.")
    String prompt;

    @Option(
            names = "--max-new-tokens",
            defaultValue = "50",
            description = "Tokens to generate; prompt + new tokens must fit in the context (default ${DEFAULT-VALUE}).")
    int maxNewTokens;

    @Option(
            names = "--temperature",
            defaultValue = "0.8",
            description = "Softmax temperature, 0 = greedy (default ${DEFAULT-VALUE}).")
    double temperature;

    @Option(
            names = "--top-k",
            defaultValue = "200",
            description = "Sample among the K most likely tokens, 0 = all (default ${DEFAULT-VALUE}).")
    int topK;

    @Option(
            names = "--top-p",
            defaultValue = "1",
            description = "Sample within the smallest set of most likely tokens whose probability reaches P, 1 = all"
                    + " (default ${DEFAULT-VALUE}).")
    double topP;

    @Option(names = "--num-samples", defaultValue = "1", description = "Samples to draw (default ${DEFAULT-VALUE}).")
    int numSamples;

    @Option(names = "--seed", defaultValue = "1337", description = "Sampling seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    JsonOption jsonOption;

    @Override
    public Integer call() {
        LanguageModel lm = LanguageModel.load(path, tokenizerDir);
        List<String> samples =
                lm.sample(prompt, maxNewTokens, new SamplingConfig(temperature, topK, topP), numSamples, seed);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("prompt", prompt);
        result.put("samples", samples);
        String separator = System.lineSeparator() + "---" + System.lineSeparator();
        jsonOption.print(result, () -> String.join(separator, samples) + System.lineSeparator());
        return 0;
    }
}
