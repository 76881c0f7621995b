package org.vecrl.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.vecrl.core.env.Seeding;
import org.vecrl.core.env.SplitMix64;
import org.vecrl.nn.gpt.GptAdamW;
import org.vecrl.nn.gpt.GptConfig;
import org.vecrl.nn.gpt.GptModel;
import org.vecrl.nn.gpt.GptTrainer;
import org.vecrl.nn.gpt.SamplingConfig;

/**
 * The GPT workloads of {@code vecrl bench gpt}, on nanoGPT's CPU Shakespeare-char shape (vocabulary 65,
 * context 64, 4 layers, 4 heads, width 128) with random weights and random tokens: training steps
 * (forward, backward and AdamW at batch 12) and KV-cache generation at a given batch size. Each times the
 * work after a warm-up and returns one JSON-ready map.
 */
final class GptBenchWorkloads {
    /** nanoGPT's CPU configuration: vocab 65 (Tiny Shakespeare's characters), context 64, 4 × 4 × 128. */
    static final GptConfig SHAKESPEARE_CHAR_CPU = new GptConfig(65, 64, 4, 4, 128);

    private static final int TRAIN_BATCH = 12;

    private GptBenchWorkloads() {}

    /** {@code steps} training steps after {@code steps / 5 + 1} warm-up steps: ms per step and tokens/s. */
    static Map<String, Object> train(long seed, int steps) {
        GptConfig c = SHAKESPEARE_CHAR_CPU;
        GptModel model = GptModel.random(c, seed);
        GptTrainer trainer = new GptTrainer(model, TRAIN_BATCH, c.contextLength());
        GptAdamW adam = GptAdamW.nanoGpt(model);
        int[] x = randomTokens(TRAIN_BATCH * c.contextLength(), c.vocabSize(), seed, "bench-x");
        int[] y = randomTokens(TRAIN_BATCH * c.contextLength(), c.vocabSize(), seed, "bench-y");
        for (int i = 0; i < steps / 5 + 1; i++) {
            trainer.lossAndBackward(x, y);
            adam.step(trainer.gradients(), 1e-3);
        }
        long start = System.nanoTime();
        double loss = 0;
        for (int i = 0; i < steps; i++) {
            loss = trainer.lossAndBackward(x, y);
            adam.step(trainer.gradients(), 1e-3);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> row = header("gpt-train", c);
        row.put("batch", TRAIN_BATCH);
        row.put("steps", steps);
        row.put("ms_per_step", seconds * 1000 / steps);
        row.put("tokens_per_second", (double) steps * TRAIN_BATCH * c.contextLength() / seconds);
        row.put("final_loss", loss);
        return row;
    }

    /**
     * {@code repeats} generations of {@code batch} sequences of 4 prompt tokens + {@code newTokens} sampled
     * ones (temperature 1), after one warm-up: generated tokens per second over the whole batch.
     */
    static Map<String, Object> generate(long seed, int batch, int newTokens, int repeats) {
        GptConfig c = SHAKESPEARE_CHAR_CPU;
        GptModel model = GptModel.random(c, seed);
        int[][] prompts = new int[batch][];
        for (int b = 0; b < batch; b++) {
            prompts[b] = randomTokens(4, c.vocabSize(), seed, "bench-prompt-" + b);
        }
        SamplingConfig sampling = SamplingConfig.of(1.0);
        model.generate(prompts, newTokens, sampling, seed);
        long start = System.nanoTime();
        for (int r = 0; r < repeats; r++) {
            model.generate(prompts, newTokens, sampling, seed + r);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> row = header("gpt-generate", c);
        row.put("batch", batch);
        row.put("prompt_tokens", 4);
        row.put("new_tokens", newTokens);
        row.put("repeats", repeats);
        row.put("ms_per_generation", seconds * 1000 / repeats);
        row.put("tokens_per_second", (double) repeats * batch * newTokens / seconds);
        return row;
    }

    private static Map<String, Object> header(String workload, GptConfig c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("workload", workload);
        row.put("vocab", c.vocabSize());
        row.put("context", c.contextLength());
        row.put("layers", c.numLayers());
        row.put("heads", c.numHeads());
        row.put("width", c.width());
        return row;
    }

    private static int[] randomTokens(int n, int vocab, long seed, String stream) {
        SplitMix64 rng = Seeding.generator(seed, stream);
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = rng.nextInt(vocab);
        }
        return ids;
    }
}
