package org.vecrl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.core.io.Json;
import picocli.CommandLine;

/** {@code vecrl lm pretrain}, {@code sample} and {@code eval} end to end on a tiny model. */
class LmCommandTest {
    private static final String[] TINY = {
        "--set", "n_layer=1", "--set", "n_head=2", "--set", "n_embd=16", "--set", "block_size=16",
        "--set", "batch_size=4", "--set", "max_iters=20", "--set", "warmup_iters=2", "--set", "lr_decay_iters=20",
        "--set", "eval_interval=10", "--set", "eval_iters=2", "--set", "learning_rate=1e-2", "--no-progress"
    };

    static Path corpus(Path dir) throws Exception {
        return Files.writeString(dir.resolve("corpus.txt"), "the cat sat on the mat.\nthe dog ran.\n".repeat(60));
    }

    /** {@code vecrl lm sample} of {@code run}: 2 samples of 10 tokens after "the ", as JSON. */
    private static CliRun sampleTwo(Path run, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "lm",
                "sample",
                run.toString(),
                "--prompt",
                "the ",
                "--max-new-tokens",
                "10",
                "--num-samples",
                "2",
                "--json"));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    static CliRun pretrain(Path corpus, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("lm", "pretrain", "--corpus", corpus.toString()));
        args.addAll(List.of(TINY));
        args.addAll(List.of("--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    @Test
    void pretrainsSamplesAndEvaluates(@TempDir Path tmp) throws Exception {
        Path corpus = corpus(tmp);
        Path run = tmp.resolve("run");
        CliRun p = pretrain(corpus, run, "--json", "--seed", "4");
        assertThat(p.status()).as(p.err()).isZero();
        Map<String, Object> summary = Json.readObject(p.out());
        assertThat(summary).containsEntry("iters", 20).containsKeys("val_loss", "val_perplexity", "tokens_per_second");
        assertThat(p.err()).contains("run directory: " + run);
        assertThat(Files.readString(run.resolve("config.yaml"))).contains("seed: 4", "n_embd: 16");
        assertThat(run.resolve("model.safetensors")).exists();

        CliRun s = sampleTwo(run);
        assertThat(s.status()).as(s.err()).isZero();
        @SuppressWarnings("unchecked")
        List<String> samples = (List<String>) Json.readObject(s.out()).get("samples");
        assertThat(samples)
                .hasSize(2)
                .allSatisfy(t -> assertThat(t).startsWith("the ").hasSize(14));
        CliRun again = sampleTwo(run);
        assertThat(again.out()).as("seeded").isEqualTo(s.out());

        // Greedy samples are all the argmax continuation; a tiny --top-p keeps only the most likely token.
        CliRun greedy = sampleTwo(run, "--temperature", "0");
        @SuppressWarnings("unchecked")
        List<String> argmax = (List<String>) Json.readObject(greedy.out()).get("samples");
        assertThat(argmax.get(1)).isEqualTo(argmax.get(0));
        CliRun nucleus = sampleTwo(run, "--top-p", "1e-6");
        assertThat(nucleus.out()).isEqualTo(greedy.out());

        // A bare model file: its shape from the metadata, the tokenizer from --tokenizer-dir.
        Path bare = Files.copy(run.resolve("model.safetensors"), tmp.resolve("m.safetensors"));
        CliRun b = CliRun.run(
                "lm",
                "sample",
                bare.toString(),
                "--tokenizer-dir",
                run.toString(),
                "--prompt",
                "a",
                "--max-new-tokens",
                "3");
        assertThat(b.status()).as(b.err()).isZero();
        assertThat(b.out()).startsWith("a");

        CliRun e =
                CliRun.run("lm", "eval", run.toString(), "--corpus", corpus.toString(), "--eval-iters", "3", "--json");
        assertThat(e.status()).as(e.err()).isZero();
        Map<String, Object> eval = Json.readObject(e.out());
        double loss = ((Number) eval.get("loss")).doubleValue();
        assertThat(((Number) eval.get("perplexity")).doubleValue()).isEqualTo(Math.exp(loss));
        assertThat(loss).as("below a uniform guess over the 15 characters").isLessThan(Math.log(15) - 0.5);
        CliRun text = CliRun.run("lm", "eval", run.toString(), "--corpus", corpus.toString(), "--eval-iters", "3");
        assertThat(text.out()).startsWith("loss ").contains("perplexity ", "3 batches of 4 windows of 16 tokens");
    }

    @Test
    void resumesARunFromItsLastCheckpoint(@TempDir Path tmp) throws Exception {
        Path corpus = corpus(tmp);
        Path run = tmp.resolve("run");
        CliRun full = pretrain(corpus, run, "--set", "checkpoint_every=10", "--json");
        assertThat(full.status()).as(full.err()).isZero();
        // What a stop after the checkpoint at iteration 10 leaves.
        Files.delete(run.resolve("checkpoints/final.ckpt"));
        Files.delete(run.resolve("summary.json"));
        CliRun refused = CliRun.run("lm", "pretrain", "--resume", run.toString(), "--seed", "2");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("--resume continues a run with its own config.yaml");
        CliRun resumed = CliRun.run("lm", "pretrain", "--resume", run.toString(), "--no-progress", "--json");
        assertThat(resumed.status()).as(resumed.err()).isZero();
        assertThat(Json.readObject(resumed.out())).isEqualTo(withoutTimes(Json.readObject(full.out()), resumed));
    }

    /** The resumed summary must equal the uninterrupted one except for the timings. */
    private static Map<String, Object> withoutTimes(Map<String, Object> full, CliRun resumed) {
        Map<String, Object> expected = new java.util.LinkedHashMap<>(full);
        Map<String, Object> actual = Json.readObject(resumed.out());
        expected.put("tokens_per_second", actual.get("tokens_per_second"));
        expected.put("wall_seconds", actual.get("wall_seconds"));
        return expected;
    }

    @Test
    void badInputIsOneLineWithStatus2(@TempDir Path tmp) throws Exception {
        Path corpus = corpus(tmp);
        Path out = tmp.resolve("none");
        CliRun t = pretrain(corpus, out, "--tokenizer", "words");
        assertThat(t.status()).isEqualTo(2);
        assertThat(t.err()).startsWith("vecrl lm pretrain: tokenizer=words: expected char or bpe:N");
        CliRun missing = CliRun.run("lm", "pretrain", "--out", out.toString());
        assertThat(missing.err()).startsWith("vecrl lm pretrain: --corpus FILE is required");
        Path shortText = Files.writeString(tmp.resolve("short.txt"), "too short");
        assertThat(pretrain(shortText, out).err()).contains("expected at least block_size + 1 = 17");
        assertThat(out).doesNotExist();

        Path run = tmp.resolve("run");
        assertThat(pretrain(corpus, run).status()).isZero();
        CliRun longPrompt =
                CliRun.run("lm", "sample", run.toString(), "--prompt", "the cat sat", "--max-new-tokens", "10");
        assertThat(longPrompt.status()).isEqualTo(2);
        assertThat(longPrompt.err())
                .startsWith("vecrl lm sample: the prompt is 11 tokens and 10 new tokens were asked for")
                .contains("context of 16 tokens");
        CliRun unknown = CliRun.run("lm", "sample", run.toString(), "--prompt", "xyz");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("x");

        CliRun notRun = CliRun.run("lm", "eval", tmp.toString(), "--corpus", corpus.toString());
        assertThat(notRun.err()).contains("model.safetensors does not exist");
    }

    @Test
    void theLmSubcommandsFollowTheConventions() {
        CommandLine lm = VecRl.commandLine().getSubcommands().get("lm");
        for (String name : List.of("pretrain", "sample", "eval")) {
            var spec = lm.getSubcommands().get(name).getCommandSpec();
            assertThat(spec.findOption("--json")).as(name).isNotNull();
            assertThat(spec.findOption("--seed")).as(name).isNotNull();
        }
        var pretrain = lm.getSubcommands().get("pretrain").getCommandSpec();
        assertThat(pretrain.findOption("--no-progress")).isNotNull();
        assertThat(pretrain.findOption("--out").description()[0]).startsWith(OutDir.DESCRIPTION);
    }
}
