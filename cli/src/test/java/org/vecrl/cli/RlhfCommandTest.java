package org.vecrl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.algorithms.train.RunDirectory;
import org.vecrl.core.io.ArrowTables;
import org.vecrl.core.io.Json;

/** {@code vecrl rlhf train} end to end on a tiny pretrained model. */
class RlhfCommandTest {

    /** {@code vecrl rlhf train} of {@code run} into {@code out}: 2 tiny phases of 8 samples of 6 tokens after "the". */
    private static CliRun train(Path run, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "rlhf",
                "train",
                "--model",
                run.toString(),
                "--out",
                out.toString(),
                "--set",
                "total_phases=2",
                "--set",
                "warmup_steps=0",
                "--set",
                "batch_size=8",
                "--set",
                "num_minibatches=2",
                "--set",
                "gen_len=6",
                "--set",
                "prefix=the"));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    /** A tiny model pretrained by {@code vecrl lm pretrain} into {@code tmp/run}. */
    private static Path pretrained(Path tmp) throws Exception {
        Path run = tmp.resolve("run");
        assertThat(LmCommandTest.pretrain(LmCommandTest.corpus(tmp), run).status())
                .isZero();
        return run;
    }

    /** {@code vecrl rlhf pairs} of {@code run}'s model continuing "the", into {@code out}. */
    private static CliRun pairs(Path run, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(
                List.of("rlhf", "pairs", "--model", run.toString(), "--prompt", "the", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    @Test
    void trainFineTunesAPretrainedModelIntoASampleableRunDirectory(@TempDir Path tmp) throws Exception {
        Path run = pretrained(tmp);
        Path out = tmp.resolve("rlhf");
        CliRun r = train(run, out, "--set", "reward=char:.");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Phase 001/002, mean reward").contains("2 phases in");
        assertThat(Files.readAllLines(out.resolve("metrics.csv"))).hasSize(3);
        assertThat(out.resolve("value_head.safetensors")).exists();
        assertThat(out.resolve("reward.png")).exists();
        assertThat(out.resolve("kl.png")).exists();
        assertThat(ArrowTables.read(out.resolve("samples.arrow")))
                .hasSize(2 * 8)
                .allSatisfy(row -> assertThat((String) row.get("text")).startsWith("the"));
        assertThat(Json.readObject(Files.readString(out.resolve("summary.json"))))
                .containsEntry("phases", 2);
        CliRun sample = CliRun.run("lm", "sample", out.toString(), "--prompt", "the", "--max-new-tokens", "5");
        assertThat(sample.status()).as(sample.err()).isZero();
        assertThat(sample.out()).startsWith("the");

        CliRun again = train(run, out, "--set", "reward=char:.");
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).contains("already holds an RLHF run");
        CliRun bad = CliRun.run(
                "rlhf",
                "train",
                "--model",
                run.toString(),
                "--reward",
                "sentiment",
                "--out",
                tmp.resolve("x").toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("reward=sentiment: expected period, char:X");
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void aLoraRunResumesFromItsCheckpointToTheSameModel(@TempDir Path tmp) throws Exception {
        Path run = pretrained(tmp);
        Path out = tmp.resolve("lora");
        CliRun r = train(run, out, "--preset", "lora", "--set", "total_phases=3", "--set", "checkpoint_every=2");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 phases in");
        assertThat(Files.readString(out.resolve("rlhf.yaml"))).contains("lora_rank: 4");
        assertThat(out.resolve("lora.safetensors")).exists();
        byte[] finished = Files.readAllBytes(out.resolve("model.safetensors"));
        RunDirectory rd = new RunDirectory(out);
        assertThat(rd.periodicCheckpoints()).hasSize(1);
        CliRun done = CliRun.run("rlhf", "train", "--resume", out.toString());
        assertThat(done.status()).isEqualTo(2);
        assertThat(done.err()).contains("already finished");
        // As if the run had stopped during its last phase: resuming from phase 2 repeats phase 3 exactly.
        Files.delete(rd.finalCheckpoint());
        CliRun resumed = CliRun.run("rlhf", "train", "--resume", out.toString());
        assertThat(resumed.status()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("Phase 003/003").doesNotContain("Phase 002/003");
        assertThat(Files.readAllBytes(out.resolve("model.safetensors"))).isEqualTo(finished);
        assertThat(Files.readAllLines(out.resolve("metrics.csv"))).hasSize(4);
        CliRun mixed = CliRun.run("rlhf", "train", "--resume", out.toString(), "--seed", "3");
        assertThat(mixed.status()).isEqualTo(2);
        assertThat(mixed.err()).contains("--resume continues a run with its own rlhf.yaml");
        Path wide = tmp.resolve("wide");
        assertThat(LmCommandTest.pretrain(LmCommandTest.corpus(tmp), wide, "--set", "n_embd=24")
                        .status())
                .isZero();
        CliRun mismatch = train(run, tmp.resolve("y"), "--reference", wide.toString());
        assertThat(mismatch.status()).isEqualTo(2);
        assertThat(mismatch.err()).contains("the reference model has shape");
        assertThat(tmp.resolve("y")).doesNotExist();
        CliRun unknown = train(run, tmp.resolve("x"), "--preset", "nope");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("no RLHF preset 'nope'");
    }

    @Test
    void pairsTrainARewardModelThatTrainUsesAsItsReward(@TempDir Path tmp) throws Exception {
        Path run = pretrained(tmp);
        Path pairs = tmp.resolve("pairs.arrow");
        CliRun p = pairs(run, pairs, "--count", "30", "--max-new-tokens", "8");
        assertThat(p.status()).as(p.err()).isZero();
        ArrowTables.Table table = ArrowTables.readTable(pairs);
        assertThat(table.columns()).containsExactly("prompt", "chosen", "rejected", "source");
        assertThat(table.rows()).hasSize(30).allSatisfy(row -> assertThat(row)
                .containsEntry("prompt", "the")
                .hasEntrySatisfying("chosen", c -> assertThat((String) c).startsWith("the"))
                .hasEntrySatisfying("source", src -> assertThat((String) src).startsWith("scripted:period")));
        CliRun txt = pairs(run, tmp.resolve("p.txt"));
        assertThat(txt.status()).isEqualTo(2);
        assertThat(txt.err()).contains("p.txt: unknown extension, expected one of .arrow, .csv, .jsonl, .json");
        assertThat(tmp.resolve("p.txt")).doesNotExist();
        Path rm = tmp.resolve("rm");
        CliRun r = rewardModel(run, pairs, rm, "--steps", "10", "--batch-pairs", "4", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Json.readObject(r.out())).containsEntry("held_out_pairs", 6).containsKey("held_out_accuracy");
        CliRun t = train(run, tmp.resolve("rlhf"), "--reward", "model:" + rm);
        assertThat(t.status()).as(t.err()).isZero();
        CliRun e = CliRun.run(
                "rlhf",
                "elo",
                "--policies",
                run + "," + tmp.resolve("rlhf"),
                "--prompt",
                "the",
                "--max-new-tokens",
                "5",
                "--games",
                "6",
                "--out",
                tmp.resolve("elo").toString(),
                "--json");
        assertThat(e.status()).as(e.err()).isZero();
        assertThat((List<?>) Json.readObject(e.out()).get("ranking")).hasSize(2);
        assertThat(tmp.resolve("elo").resolve("elo.png")).exists();

        assertRejected(
                run,
                tmp,
                "bad.jsonl",
                "{\"chosen\": \"a\", \"rejected\": \"\"}\n",
                "bad.jsonl line 1: a preference pair needs two non-empty texts");
        assertRejected(
                run,
                tmp,
                "bad.csv",
                "chosen,rejected\n\"the end.,the\n",
                "bad.csv line 2: malformed CSV: unterminated quoted field");
        assertRejected(run, tmp, "bad.csv", "prompt,chosen\nthe,the end.\n", "bad.csv: no column 'rejected'");
    }

    /** {@code vecrl rlhf reward-model} of {@code run}'s model on {@code pairs}, into {@code out}. */
    private static CliRun rewardModel(Path run, Path pairs, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "rlhf",
                "reward-model",
                "--pairs",
                pairs.toString(),
                "--model",
                run.toString(),
                "--out",
                out.toString()));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    /** {@code rlhf reward-model} on a pairs file {@code name} of {@code text} fails with {@code error}. */
    private static void assertRejected(Path run, Path tmp, String name, String text, String error) throws Exception {
        Path pairs = Files.writeString(tmp.resolve(name), text);
        Path out = tmp.resolve("rejected");
        CliRun r = rewardModel(run, pairs, out);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(error);
        assertThat(out).doesNotExist();
    }
}
