package org.vecrl.algorithms.lm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vecrl.algorithms.train.Config;
import org.vecrl.algorithms.train.RunDirectory;
import org.vecrl.core.env.Seeding;
import org.vecrl.core.text.Tokenizer;
import org.vecrl.nn.Engine;
import org.vecrl.nn.GptEngines;
import org.vecrl.nn.gpt.GptConfig;
import org.vecrl.nn.gpt.GptModel;
import org.vecrl.nn.gpt.SafeTensors;
import org.vecrl.nn.gpt.SamplingConfig;

/**
 * A trained model with its tokenizer, loaded from a pretraining run directory or a safetensors file, for
 * sampling and evaluation.
 *
 * @param model     the model
 * @param tokenizer its tokenizer
 * @param config    the run's config.yaml when one was found next to the model, else null
 */
public record LanguageModel(GptModel model, Tokenizer tokenizer, PretrainConfig config) {

    /**
     * Loads {@code path}: a run directory (its {@value ModelFile#NAME}, tokenizer files and config.yaml) or a
     * {@code .safetensors} file. The tokenizer comes from {@code tokenizerDir} when given, else from the
     * folder of the model file. The shape comes from the file's metadata ({@link ModelFile}), else from a
     * config.yaml in the tokenizer folder or next to the file. Missing pieces, a tokenizer larger than the
     * model's vocabulary, or a tensor of another shape (named with both shapes) are errors.
     */
    public static LanguageModel load(Path path, Path tokenizerDir) {
        Path file = Files.isDirectory(path) ? path.resolve(ModelFile.NAME) : path;
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " does not exist: expected a pretraining run directory (with "
                    + ModelFile.NAME + ") or a .safetensors file");
        }
        Path folder = file.toAbsolutePath().getParent();
        Path tokDir = tokenizerDir != null ? tokenizerDir : folder;
        Tokenizer tokenizer = Tokenizer.load(tokDir);
        PretrainConfig config = runConfig(tokDir, folder);
        SafeTensors.Contents contents = SafeTensors.read(file);
        GptConfig shape = ModelFile.shape(contents.metadata(), file);
        if (shape == null) {
            if (config == null) {
                throw new IllegalArgumentException("cannot tell the shape of the model in " + file
                        + ": it has no VecRL shape metadata and there is no config.yaml in " + tokDir + " or "
                        + folder);
            }
            shape = config.model(tokenizer.vocabSize());
        }
        if (tokenizer.vocabSize() > shape.vocabSize()) {
            throw new IllegalArgumentException("the tokenizer in " + tokDir + " has " + tokenizer.vocabSize()
                    + " tokens but the model in " + file + " only " + shape.vocabSize()
                    + ": expected the tokenizer the model was trained with");
        }
        return new LanguageModel(GptModel.fromTensors(shape, contents.tensors()), tokenizer, config);
    }

    private static PretrainConfig runConfig(Path... folders) {
        for (Path folder : folders) {
            Path yaml = new RunDirectory(folder).config();
            if (Files.isRegularFile(yaml)) {
                return PretrainConfig.fromMap(Config.readYaml(yaml), yaml.toString());
            }
        }
        return null;
    }

    /** The most tokens a sequence may have: the model's context length. */
    public int contextLength() {
        return model.config().contextLength();
    }

    /**
     * {@code numSamples} texts, each the prompt followed by {@code maxNewTokens} tokens picked as {@code
     * sampling} says, generated together as one batch through the KV cache with the draws from the stream
     * "gpt-generate" of {@code seed} (sample 0, 1, ... at each step). A prompt that encodes to no token, or
     * whose tokens plus maxNewTokens exceed the context length, is an error naming the counts and the limit.
     */
    public List<String> sample(String prompt, int maxNewTokens, SamplingConfig sampling, int numSamples, long seed) {
        int[] ids = tokenizer.encode(prompt);
        if (ids.length == 0) {
            throw new IllegalArgumentException("the prompt is empty: expected at least one token");
        }
        if (maxNewTokens < 0 || numSamples < 1) {
            throw new IllegalArgumentException(
                    "max new tokens " + maxNewTokens + " and samples " + numSamples + ": expected >= 0 and >= 1");
        }
        if (ids.length + maxNewTokens > contextLength()) {
            throw new IllegalArgumentException("the prompt is " + ids.length + " tokens and " + maxNewTokens
                    + " new tokens were asked for: together they must fit in the model's context of "
                    + contextLength() + " tokens (block_size); shorten the prompt or ask for at most "
                    + Math.max(0, contextLength() - ids.length) + " new tokens");
        }
        int[][] prompts = new int[numSamples][];
        Arrays.fill(prompts, ids);
        List<String> out = new ArrayList<>();
        for (int[] tokens : model.generate(prompts, maxNewTokens, sampling, seed)) {
            out.add(tokenizer.decode(tokens));
        }
        return out;
    }

    /** The mean loss of a model on a text and its perplexity. */
    public record Evaluation(double loss, double perplexity, long tokens, int batchSize, int evalIters, long seed) {}

    /**
     * The mean cross-entropy over {@code evalIters} batches of {@code batchSize} random context-length windows of
     * {@code text} (all of it, not split), drawn from the stream "lm-eval" of {@code seed}, and its perplexity. A
     * text shorter than the context plus one token, or with a character the tokenizer does not know, is an error.
     */
    public Evaluation evaluate(String text, String source, int batchSize, int evalIters, long seed) {
        if (batchSize < 1 || evalIters < 1) {
            throw new IllegalArgumentException(
                    "batch size " + batchSize + " and eval iters " + evalIters + ": expected both >= 1");
        }
        int[] tokens = tokenizer.encode(text);
        Windows.require(tokens, contextLength(), source);
        double loss = Windows.meanLoss(
                GptEngines.trainingPass(Engine.SIMD, model, batchSize, contextLength()),
                tokens,
                batchSize,
                contextLength(),
                evalIters,
                Seeding.generator(seed, "lm-eval"));
        return new Evaluation(loss, Math.exp(loss), tokens.length, batchSize, evalIters, seed);
    }
}
