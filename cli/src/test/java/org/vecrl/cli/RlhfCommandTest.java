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

    @Test
    void trainFineTunesAPretrainedModelIntoASampleableRunDirectory(@TempDir Path tmp) throws Exception {
        Path run = tmp.resolve("run");
        assertThat(LmCommandTest.pretrain(LmCommandTest.corpus(tmp), run).status())
                .isZero();
        Path out = tmp.resolve("rlhf");
        String[] settings = {
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
            "prefix=the",
            "--set",
            "reward=char:."
        };
        List<String> args =
                new java.util.ArrayList<>(List.of("rlhf", "train", "--model", run.toString(), "--out", out.toString()));
        args.addAll(List.of(settings));
        CliRun r = CliRun.run(args.toArray(String[]::new));
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

        CliRun again = CliRun.run(args.toArray(String[]::new));
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
}
