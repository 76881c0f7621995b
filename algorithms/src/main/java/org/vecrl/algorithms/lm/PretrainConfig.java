package org.vecrl.algorithms.lm;

import java.util.List;
import java.util.Map;
import org.vecrl.algorithms.train.Config;
import org.vecrl.algorithms.train.ConfigLayers;
import org.vecrl.algorithms.train.Default;
import org.vecrl.nn.Engine;
import org.vecrl.nn.gpt.GptConfig;

/**
 * The settings of a language-model pretraining run ({@link Pretraining}), with nanoGPT's names and
 * meanings; the defaults are nanoGPT's small CPU configuration of Shakespeare-char except
 * {@code eval_iters} (200, nanoGPT's default).
 *
 * @param nLayer                    transformer blocks
 * @param nHead                     attention heads per block
 * @param nEmbd                     residual width, a multiple of n_head
 * @param blockSize                 context length: the tokens of one training window
 * @param dropout                   dropout rate in [0, 1) at GPT-2's sites (embeddings, attention, block outputs), training only
 * @param tokenizer                 {@code char} or {@code bpe:N} (byte-level BPE trained to N tokens), see {@link TokenizerSpec}
 * @param batchSize                 windows per micro-batch
 * @param gradientAccumulationSteps micro-batches per iteration, their gradients averaged
 * @param maxIters                  optimizer steps
 * @param learningRate              peak learning rate
 * @param minLr                     learning rate after the cosine decay
 * @param warmupIters               iterations of linear warm-up
 * @param lrDecayIters              iteration at which the cosine decay reaches min_lr
 * @param beta1                     AdamW β1
 * @param beta2                     AdamW β2
 * @param weightDecay               AdamW decoupled weight decay (on matrices and embeddings only)
 * @param gradClip                  clip the gradients' global L2 norm to this (0: no clipping)
 * @param evalInterval              iterations between evaluations of train and val loss (also at 0 and at the end)
 * @param evalIters                 batches per split in one evaluation
 * @param seed                      seeds the model's initialisation, the batches and the evaluation batches
 * @param checkpointEvery           iterations between periodic checkpoints
 * @param keepCheckpoints           periodic checkpoints kept on disk, the latest ones (0 = all)
 * @param engine                    {@code simd}: the plain-Java/Vector API pass ({@link org.vecrl.nn.gpt.GptTrainer}, CPU);
 *                                  {@code nd4j}: the SameDiff graph ({@link org.vecrl.nn.nd4j.SameDiffGpt}, CPU or CUDA)
 */
public record PretrainConfig(
        @Default("4") int nLayer,
        @Default("4") int nHead,
        @Default("128") int nEmbd,
        @Default("64") int blockSize,
        @Default("0.0") double dropout,
        @Default("char") String tokenizer,
        @Default("12") int batchSize,
        @Default("1") int gradientAccumulationSteps,
        @Default("2000") int maxIters,
        @Default("1e-3") double learningRate,
        @Default("1e-4") double minLr,
        @Default("100") int warmupIters,
        @Default("2000") int lrDecayIters,
        @Default("0.9") double beta1,
        @Default("0.99") double beta2,
        @Default("0.1") double weightDecay,
        @Default("1.0") double gradClip,
        @Default("250") int evalInterval,
        @Default("200") int evalIters,
        @Default("1337") long seed,
        @Default("250") int checkpointEvery,
        @Default("3") int keepCheckpoints,
        @Default("simd") Engine engine) {

    /** The classpath folder of the presets: {@code presets/lm/<name>.yaml}. */
    public static final String PRESETS = "presets/lm/";

    /** Validates every key; the error names the key and its value. */
    public PretrainConfig {
        positive("n_layer", nLayer);
        positive("n_head", nHead);
        positive("n_embd", nEmbd);
        if (nEmbd % nHead != 0) {
            throw new IllegalArgumentException("n_embd=" + nEmbd + ": expected a multiple of n_head=" + nHead);
        }
        positive("block_size", blockSize);
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout=" + dropout + ": expected in [0, 1)");
        }
        TokenizerSpec.parse(tokenizer);
        positive("batch_size", batchSize);
        positive("gradient_accumulation_steps", gradientAccumulationSteps);
        positive("max_iters", maxIters);
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learning_rate=" + learningRate + ": expected > 0");
        }
        if (!(minLr >= 0)) {
            throw new IllegalArgumentException("min_lr=" + minLr + ": expected >= 0");
        }
        atLeast("warmup_iters", warmupIters, 0);
        if (lrDecayIters <= warmupIters) {
            throw new IllegalArgumentException(
                    "lr_decay_iters=" + lrDecayIters + ": expected more than warmup_iters=" + warmupIters);
        }
        beta("beta1", beta1);
        beta("beta2", beta2);
        if (!(weightDecay >= 0)) {
            throw new IllegalArgumentException("weight_decay=" + weightDecay + ": expected >= 0");
        }
        if (!(gradClip >= 0)) {
            throw new IllegalArgumentException("grad_clip=" + gradClip + ": expected >= 0 (0: no clipping)");
        }
        positive("eval_interval", evalInterval);
        positive("eval_iters", evalIters);
        positive("checkpoint_every", checkpointEvery);
        atLeast("keep_checkpoints", keepCheckpoints, 0);
        if (engine == null) {
            throw new IllegalArgumentException("engine is null: expected simd or nd4j");
        }
        if (engine == Engine.ND4J && dropout != 0) {
            throw new IllegalArgumentException(
                    "dropout=" + dropout + " with engine=nd4j: the nd4j engine has no dropout (use engine=simd)");
        }
    }

    private static void positive(String key, int value) {
        atLeast(key, value, 1);
    }

    private static void atLeast(String key, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(key + "=" + value + ": expected >= " + min);
        }
    }

    private static void beta(String key, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(key + "=" + value + ": expected in [0, 1)");
        }
    }

    /** The model shape for a tokenizer of {@code vocabSize} ids. */
    public GptConfig model(int vocabSize) {
        return new GptConfig(vocabSize, blockSize, nLayer, nHead, nEmbd);
    }

    /** Tokens one iteration trains on: batch_size · gradient_accumulation_steps · block_size. */
    public long tokensPerIteration() {
        return (long) batchSize * gradientAccumulationSteps * blockSize;
    }

    /** This config as a snake_case map (the content of config.yaml). */
    public Map<String, Object> toMap() {
        return Config.toMap(this);
    }

    /**
     * Resolves a config from layers, each overriding the one before: the {@link Default @Default}s, the
     * preset {@code presets/lm/<preset>.yaml} (null: none), {@code flags} (command-line options as config
     * keys) and {@code --set key=value} strings. An unknown preset or key is an error naming it.
     */
    public static PretrainConfig resolve(String preset, Map<String, Object> flags, List<String> sets) {
        return ConfigLayers.resolve(PretrainConfig.class, "language-model", PRESETS, preset, flags, sets);
    }

    /** Reads back the map of a config.yaml written by a run; keys it lacks take their defaults. */
    public static PretrainConfig fromMap(Map<String, Object> map, String source) {
        return ConfigLayers.fromMap(PretrainConfig.class, map, source);
    }
}
