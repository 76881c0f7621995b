package org.vecrl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @Test
    void trainFineTunesAPretrainedModelIntoASampleableRunDirectory(@TempDir Path tmp) throws Exception {
        Path run = tmp.resolve("run");
        assertThat(LmCommandTest.pretrain(LmCommandTest.corpus(tmp), run).status())
                .isZero();
        Path out = tmp.resolve("rlhf");
        CliRun r = train(run, out, "--set", "reward=char:.");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Phase 001/002, mean reward").contains("2 phases in");
        assertThat(Files.readAllLines(out.resolve("metrics.csv"))).hasSize(3);
        assertThat(out.resolve("value_head.safetensors")).exists();
        assertThat(out.resolve("reward.png")).exists();
        assertThat(out.resolve("kl.png")).exists();
        assertThat(org.vecrl.core.io.ArrowTables.read(out.resolve("samples.arrow")))
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
    void pairsTrainARewardModelThatTrainUsesAsItsReward(@TempDir Path tmp) throws Exception {
        Path run = tmp.resolve("run");
        assertThat(LmCommandTest.pretrain(LmCommandTest.corpus(tmp), run).status())
                .isZero();
        Path pairs = tmp.resolve("pairs.jsonl");
        CliRun p = CliRun.run(
                "rlhf",
                "pairs",
                "--model",
                run.toString(),
                "--prompt",
                "the",
                "--count",
                "30",
                "--max-new-tokens",
                "8",
                "--out",
                pairs.toString());
        assertThat(p.status()).as(p.err()).isZero();
        assertThat(Files.readAllLines(pairs)).hasSize(30).allSatisfy(line -> assertThat(line)
                .contains("\"chosen\":\"the")
                .contains("\"source\":\"scripted:period"));
        Path rm = tmp.resolve("rm");
        CliRun r = CliRun.run(
                "rlhf",
                "reward-model",
                "--pairs",
                pairs.toString(),
                "--model",
                run.toString(),
                "--steps",
                "10",
                "--batch-pairs",
                "4",
                "--out",
                rm.toString(),
                "--json");
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

        Path bad = Files.writeString(tmp.resolve("bad.jsonl"), "{\"chosen\": \"a\", \"rejected\": \"\"}\n");
        CliRun b = CliRun.run(
                "rlhf",
                "reward-model",
                "--pairs",
                bad.toString(),
                "--model",
                run.toString(),
                "--out",
                tmp.resolve("x").toString());
        assertThat(b.status()).isEqualTo(2);
        assertThat(b.err()).contains("bad.jsonl line 1").contains("two non-empty texts");
        assertThat(tmp.resolve("x")).doesNotExist();
    }
}
