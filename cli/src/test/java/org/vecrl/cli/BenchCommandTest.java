package org.vecrl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.core.io.Json;

class BenchCommandTest {

    private static Map<String, Object> bench(Path out, String... args) throws Exception {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        String[] all = new String[args.length + 3];
        all[0] = "bench";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--out";
        all[args.length + 2] = out.toString();
        assertThat(VecRl.run(new PrintWriter(o), new PrintWriter(e), all))
                .as(e.toString())
                .isZero();
        return Json.readObject(Files.readString(out.resolve("bench.json")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void ppoSweepWritesOneRowPerEnvCountWithSps(@TempDir Path dir) throws Exception {
        Map<String, Object> doc =
                bench(dir.resolve("out"), "ppo", "--skip-flagship", "--ppo-envs", "4,8", "--ppo-steps", "1500");
        assertThat(doc).containsEntry("suite", "ppo");
        List<Map<String, Object>> rows = (List<Map<String, Object>>) doc.get("results");
        assertThat(rows).extracting(r -> r.get("num_envs")).containsExactly(4, 8);
        assertThat(rows).extracting(r -> r.get("total_steps")).containsExactly(1024, 2048); // 2 iterations minimum
        assertThat(rows).allSatisfy(r -> assertThat(((Number) r.get("sps")).doubleValue())
                .isPositive());
    }

    @Test
    @SuppressWarnings("unchecked")
    void envsSuiteCoversNativeAndSyncVectorEnvs(@TempDir Path dir) throws Exception {
        Map<String, Object> doc = bench(dir.resolve("out"), "envs", "--env-steps", "2048");
        List<Map<String, Object>> rows = (List<Map<String, Object>>) doc.get("results");
        assertThat(rows).hasSize(4 * 5);
        assertThat(rows).extracting(r -> r.get("vector_env")).contains("sync");
        assertThat(rows).allSatisfy(r -> assertThat(((Number) r.get("env_steps")).longValue())
                .isPositive());
    }

    @Test
    @SuppressWarnings("unchecked")
    void gptSuiteTimesTrainingAndBatchedGeneration(@TempDir Path dir) throws Exception {
        Map<String, Object> doc = bench(dir.resolve("out"), "gpt", "--gpt-steps", "3");
        List<Map<String, Object>> rows = (List<Map<String, Object>>) doc.get("results");
        assertThat(rows)
                .extracting(r -> r.get("workload"))
                .containsExactly("gpt-train", "gpt-generate", "gpt-generate");
        assertThat(rows).extracting(r -> r.get("batch")).containsExactly(12, 1, 128);
        assertThat(rows).allSatisfy(r -> assertThat(((Number) r.get("tokens_per_second")).doubleValue())
                .isPositive());
        // Random targets over 65 tokens: the loss stays near ln 65 = 4.17 after a few steps.
        assertThat(((Number) rows.get(0).get("final_loss")).doubleValue()).isBetween(3.5, 4.5);

        CliRun bad = CliRun.run("bench", "gpt", "--gpt-steps", "0", "--out", dir.toString());
        assertThat(bad.status()).isNotZero();
        assertThat(bad.err()).contains("--gpt-steps 0: expected at least 1");
    }

    @Test
    void jsonPrintsOnlyTheDocumentAndNoProgressKeepsStderrEmpty(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.run("bench", "envs", "--env-steps", "64", "--out", dir.toString(), "--json", "--no-progress");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(Json.readObject(r.out()))
                .isEqualTo(Json.readObject(Files.readString(dir.resolve("bench.json"))))
                .containsEntry("suite", "envs");

        CliRun text = CliRun.run("bench", "envs", "--env-steps", "64", "--out", dir.toString());
        assertThat(text.out().lines()).hasSize(4 * 5 + 1).last().isEqualTo("wrote " + dir.resolve("bench.json"));
        assertThat(text.err()).contains("bench envs: 100% (20/20 workloads");
    }
}
