package org.vecrl.algorithms.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.algorithms.train.Config;
import org.vecrl.algorithms.train.ProgressReporter;
import org.vecrl.algorithms.train.RunDirectory;
import org.vecrl.core.io.ArrowTables;
import org.vecrl.core.io.Json;
import org.vecrl.core.text.CharTokenizer;
import org.vecrl.nn.gpt.SafeTensors;
import org.vecrl.nn.gpt.Tensor;

/** Tiny pretraining runs end to end: files, learning, resume, bad input. */
class PretrainingTest {

    /** A few KB of repetitive text: easy to learn. */
    static Path corpus(Path dir) throws Exception {
        StringBuilder sb = new StringBuilder();
        String[] lines = {"the cat sat on the mat.\n", "a dog ran to the log.\n", "we see the sea.\n"};
        for (int i = 0; i < 120; i++) {
            sb.append(lines[i % 3]);
        }
        Path file = dir.resolve("corpus.txt");
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        return file;
    }

    static PretrainConfig tiny(String... more) {
        List<String> sets = new ArrayList<>(List.of(
                "n_layer=1",
                "n_head=2",
                "n_embd=16",
                "block_size=16",
                "batch_size=4",
                "max_iters=40",
                "learning_rate=1e-2",
                "min_lr=1e-3",
                "warmup_iters=5",
                "lr_decay_iters=40",
                "eval_interval=10",
                "eval_iters=3",
                "checkpoint_every=10",
                "keep_checkpoints=0",
                "seed=3"));
        sets.addAll(List.of(more));
        return PretrainConfig.resolve(null, Map.of(), sets);
    }

    private static PretrainSummary train(PretrainConfig c, Path corpus, Path dir) {
        return Pretraining.train(c, corpus, dir, ProgressReporter.none());
    }

    private static Map<String, Tensor> finalModel(Path dir) {
        return SafeTensors.read(dir.resolve(ModelFile.NAME)).tensors();
    }

    private static void assertSameModel(Path a, Path b) {
        Map<String, Tensor> ta = finalModel(a);
        Map<String, Tensor> tb = finalModel(b);
        assertThat(tb.keySet()).isEqualTo(ta.keySet());
        ta.forEach((k, t) -> assertThat(tb.get(k).data()).as(k).containsExactly(t.data()));
    }

    @Test
    void writesTheRunDirectoryAndLearns(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("run");
        PretrainSummary s = train(tiny(), corpus(tmp), dir);
        RunDirectory rd = new RunDirectory(dir);
        assertThat(rd.config()).exists();
        assertThat(dir.resolve(CharTokenizer.FILE)).exists();
        assertThat(dir.resolve(Pretraining.LOSS_PLOT)).exists();
        assertThat(rd.finalCheckpoint()).exists();
        assertThat(rd.periodicCheckpoints()).hasSize(3);
        List<Map<String, Object>> rows = ArrowTables.read(rd.metricsArrow());
        assertThat(rows).hasSize(41);
        assertThat(rows.get(0))
                .containsEntry("iter", 0L)
                .containsEntry("tokens", 0L)
                .containsEntry("loss", null);
        assertThat(rows.get(1))
                .containsEntry("iter", 1L)
                .containsEntry("tokens", 64L)
                .containsEntry("val_loss", null);
        assertThat((Double) rows.get(1).get("lr")).isEqualTo(1e-2 / 6);
        List<Long> evaluated = rows.stream()
                .filter(r -> r.get("val_loss") != null)
                .map(r -> (Long) r.get("iter"))
                .toList();
        assertThat(evaluated).containsExactly(0L, 10L, 20L, 30L, 40L);
        double firstVal = (Double) rows.get(0).get("val_loss");
        assertThat(firstVal).isBetween(Math.log(17) - 0.3, Math.log(17) + 0.3);
        assertThat(s.valLoss()).isLessThan(firstVal - 1.0);
        assertThat(s.valLoss()).isEqualTo((Double) rows.get(40).get("val_loss"));

        Map<String, Object> json = Json.readObject(Files.readString(rd.summary()));
        assertThat(json)
                .containsKeys(
                        "params",
                        "iters",
                        "tokens",
                        "train_loss",
                        "val_loss",
                        "val_perplexity",
                        "tokens_per_second",
                        "wall_seconds");
        assertThat(json).containsEntry("iters", 40).containsEntry("tokens", 40 * 64);
        // wte 17x16 + wpe 16x16 + one block (2 LN, c_attn, c_proj, c_fc, c_proj) + ln_f
        long params = 17 * 16 + 16 * 16 + 2 * 32 + 16 * 48 + 48 + 16 * 16 + 16 + 16 * 64 + 64 + 64 * 16 + 16 + 32;
        assertThat(s.params()).isEqualTo(params);
        assertThat(s.valPerplexity()).isEqualTo(Math.exp(s.valLoss()));
        assertThat(LanguageModel.load(dir, null).model().config().vocabSize()).isEqualTo(17);
    }

    @Test
    void resumeAfterAKillRepeatsTheUninterruptedRunWithDropoutAndCheckpointsChangeNothing(@TempDir Path tmp)
            throws Exception {
        Path corpus = corpus(tmp);
        Path full = tmp.resolve("full");
        PretrainSummary uninterrupted = train(tiny("checkpoint_every=1000", "dropout=0.1"), corpus, full);

        Path every15 = tmp.resolve("every15");
        train(tiny("checkpoint_every=15", "dropout=0.1"), corpus, every15);
        assertSameModel(full, every15);

        // A run that dies at iteration 25, after its checkpoint at 15.
        Path cut = tmp.resolve("cut");
        RunDirectory rc = new RunDirectory(cut);
        assertThatThrownBy(() -> Pretraining.train(
                        tiny("checkpoint_every=15", "dropout=0.1"), corpus, cut, new ProgressReporter() {
                            @Override
                            public void update(long done, long total, double elapsedSeconds, String status) {
                                if (done == 25) {
                                    throw new IllegalStateException("killed");
                                }
                            }

                            @Override
                            public void finish(long done, long total, double elapsedSeconds, String status) {}
                        }))
                .hasMessage("killed");
        assertThat(rc.periodicCheckpoints()).containsExactly(rc.checkpoint(15));
        assertThat(rc.finalCheckpoint()).doesNotExist();
        assertThat(rc.summary()).doesNotExist();
        Path changed = Files.writeString(tmp.resolve("changed.txt"), Files.readString(corpus) + "more");
        assertThatThrownBy(() -> Pretraining.resume(cut, changed, ProgressReporter.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not the text run " + cut + " was trained on");
        PretrainSummary resumed = Pretraining.resume(cut, null, ProgressReporter.none());
        assertSameModel(full, cut);
        assertThat(resumed.valLoss()).isEqualTo(uninterrupted.valLoss());
        assertThat(resumed.trainLoss()).isEqualTo(uninterrupted.trainLoss());
        List<Map<String, Object>> a = ArrowTables.read(new RunDirectory(full).metricsArrow());
        List<Map<String, Object>> b = ArrowTables.read(rc.metricsArrow());
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).get("loss"))
                    .as("loss at " + i)
                    .isEqualTo(a.get(i).get("loss"));
            assertThat(b.get(i).get("val_loss"))
                    .as("val_loss at " + i)
                    .isEqualTo(a.get(i).get("val_loss"));
        }
        assertThatThrownBy(() -> Pretraining.resume(cut, null, ProgressReporter.none()))
                .hasMessageContaining("already finished");
    }

    @Test
    void theNd4jEngineTrainsTheSameModelAsTheSimdOne(@TempDir Path tmp) throws Exception {
        Path corpus = corpus(tmp);
        PretrainSummary simd = train(tiny("max_iters=6", "lr_decay_iters=6"), corpus, tmp.resolve("simd"));
        PretrainSummary nd4j =
                train(tiny("max_iters=6", "lr_decay_iters=6", "engine=nd4j"), corpus, tmp.resolve("nd4j"));
        assertThat(nd4j.valLoss()).isCloseTo(simd.valLoss(), within(1e-3));
        assertThat(nd4j.trainLoss()).isCloseTo(simd.trainLoss(), within(1e-3));
        assertThat(Config.readYaml(new RunDirectory(tmp.resolve("nd4j")).config()))
                .containsEntry("engine", "nd4j");
    }

    @Test
    void gradientAccumulationAveragesTheMicroBatches(@TempDir Path tmp) throws Exception {
        Path corpus = corpus(tmp);
        PretrainSummary two = train(
                tiny("gradient_accumulation_steps=2", "max_iters=20", "lr_decay_iters=20"), corpus, tmp.resolve("a"));
        assertThat(two.tokens()).isEqualTo(20 * 2 * 64);
        List<Map<String, Object>> rows = ArrowTables.read(new RunDirectory(tmp.resolve("a")).metricsArrow());
        assertThat(rows.get(1)).containsEntry("tokens", 128L);
        // A sum of the two gradients instead of their mean would double the norm of step 1; the mean keeps it
        // near a single batch's.
        double accumulatedNorm = (Double) rows.get(1).get("grad_norm");
        PretrainSummary one = train(tiny("max_iters=20", "lr_decay_iters=20"), corpus, tmp.resolve("b"));
        double singleNorm = (Double) ArrowTables.read(new RunDirectory(tmp.resolve("b")).metricsArrow())
                .get(1)
                .get("grad_norm");
        assertThat(accumulatedNorm).isBetween(0.5 * singleNorm, 1.5 * singleNorm);
        assertThat(one.tokens()).isEqualTo(20 * 64);
    }

    @Test
    void aNonFiniteLossStopsTheRun(@TempDir Path tmp) throws Exception {
        assertThatThrownBy(() -> train(tiny("learning_rate=1e38"), corpus(tmp), tmp.resolve("run")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at iteration 1: training diverged (try a lower learning_rate)");
        assertThat(new RunDirectory(tmp.resolve("run")).summary()).doesNotExist();
    }

    @Test
    void badInputIsAnErrorAndWritesNothing(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("run");
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        assertThatThrownBy(() -> train(tiny(), empty, dir)).hasMessageContaining("is empty");
        Path shortText = Files.writeString(tmp.resolve("short.txt"), "to be or not to be, that is the question\n");
        assertThatThrownBy(() -> train(tiny(), shortText, dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the val split of")
                .hasMessageContaining("expected at least block_size + 1 = 17");
        Path bad = tmp.resolve("bad.txt");
        Files.write(bad, new byte[] {'a', 'b', (byte) 0xc3});
        assertThatThrownBy(() -> train(tiny(), bad, dir)).hasMessageContaining("at byte offset 2");
        assertThatThrownBy(() -> train(tiny("tokenizer=bpe:10"), corpus(tmp), dir))
                .hasMessageContaining("tokenizer=bpe:10");
        assertThat(dir).doesNotExist();
    }
}
