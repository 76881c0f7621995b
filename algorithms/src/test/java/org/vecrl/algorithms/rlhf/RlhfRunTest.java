package org.vecrl.algorithms.rlhf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.algorithms.lm.LanguageModel;
import org.vecrl.algorithms.lm.ModelFile;
import org.vecrl.algorithms.train.RunDirectory;
import org.vecrl.core.io.ArrowTables;
import org.vecrl.core.text.CharTokenizer;
import org.vecrl.nn.gpt.GptConfig;
import org.vecrl.nn.gpt.GptModel;

class RlhfRunTest {

    /** A random model over 'a' and '.', saved as a pretraining run folder would hold it. */
    private static Path savedModel(Path dir) throws Exception {
        Files.createDirectories(dir);
        ModelFile.save(GptModel.random(new GptConfig(2, 8, 1, 2, 8), 3), dir.resolve(ModelFile.NAME));
        CharTokenizer.fromCorpus("a.").save(dir);
        return dir;
    }

    private static RlhfConfig config(String... more) {
        List<String> sets = new ArrayList<>(List.of(
                "total_phases=5",
                "warmup_steps=1",
                "batch_size=16",
                "gen_len=4",
                "prefix=a",
                "base_lr=0.01",
                "kl_target=0.01",
                "checkpoint_every=2",
                "keep_checkpoints=1"));
        sets.addAll(List.of(more));
        return RlhfConfig.resolve(null, Map.of(), sets);
    }

    /** The metrics without the timing columns, which differ between runs. */
    private static List<Map<String, Object>> metrics(Path run) {
        return ArrowTables.read(run.resolve("metrics.arrow")).stream()
                .peek(r -> r.keySet().removeIf(k -> k.endsWith("seconds") || k.endsWith("per_second")))
                .toList();
    }

    @Test
    void anInterruptedRunResumesExactlyAsTheUninterruptedOne(@TempDir Path tmp) throws Exception {
        Path model = savedModel(tmp.resolve("model"));
        for (String lora : List.of("lora_rank=0", "lora_rank=2")) {
            Path whole = tmp.resolve("whole-" + lora);
            RlhfRun.Summary expected =
                    RlhfRun.run(LanguageModel.load(model, null), model, config(lora), whole, p -> {});
            Path broken = tmp.resolve("broken-" + lora);
            assertThatThrownBy(() -> RlhfRun.run(LanguageModel.load(model, null), model, config(lora), broken, p -> {
                        if (p.phase() == 3) {
                            throw new IllegalStateException("stopped");
                        }
                    }))
                    .hasMessage("stopped");
            assertThat(broken.resolve("summary.json")).doesNotExist();
            RlhfRun.Summary resumed =
                    RlhfRun.resume(broken, null, p -> assertThat(p.phase()).isGreaterThanOrEqualTo(2));
            assertThat(resumed.finalMeanReward()).isEqualTo(expected.finalMeanReward());
            assertThat(resumed.phases()).isEqualTo(5);
            assertThat(Files.readAllBytes(broken.resolve(ModelFile.NAME)))
                    .isEqualTo(Files.readAllBytes(whole.resolve(ModelFile.NAME)));
            assertThat(Files.readAllBytes(broken.resolve(RlhfRun.VALUE_HEAD)))
                    .isEqualTo(Files.readAllBytes(whole.resolve(RlhfRun.VALUE_HEAD)));
            assertThat(metrics(broken)).isEqualTo(metrics(whole));
            assertThat(ArrowTables.read(broken.resolve("samples.arrow")))
                    .isEqualTo(ArrowTables.read(whole.resolve("samples.arrow")));
        }
    }

    @Test
    void resumingNeedsTheSameModelAndAnUnfinishedRun(@TempDir Path tmp) throws Exception {
        Path model = savedModel(tmp.resolve("model"));
        Path run = tmp.resolve("run");
        RlhfRun.run(LanguageModel.load(model, null), model, config(), run, p -> {});
        assertThatThrownBy(() -> RlhfRun.resume(run, null, p -> {})).hasMessageContaining("already finished");
        Files.delete(new RunDirectory(run).finalCheckpoint());
        Path other = tmp.resolve("other");
        Files.createDirectories(other);
        ModelFile.save(GptModel.random(new GptConfig(2, 8, 1, 2, 8), 4), other.resolve(ModelFile.NAME));
        CharTokenizer.fromCorpus("a.").save(other);
        assertThatThrownBy(() -> RlhfRun.resume(run, other, p -> {}))
                .hasMessageContaining("is not the one run")
                .hasMessageContaining("CRC32C differs");
        assertThatThrownBy(() -> RlhfRun.resume(tmp.resolve("model"), null, p -> {}))
                .hasMessageContaining("is not an RLHF run directory");
        assertThatThrownBy(() -> RlhfRun.run(LanguageModel.load(model, null), model, config(), run, p -> {}))
                .hasMessageContaining("already holds an RLHF run");
    }
}
