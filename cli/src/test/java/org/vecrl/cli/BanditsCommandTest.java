package org.vecrl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.vecrl.cli.CliRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.core.io.ArrowTables;
import org.vecrl.core.io.Json;

class BanditsCommandTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void writesChartsTableAndSummary() throws IOException {
        Path out = dir.resolve("bandits");
        CliRun r = run(
                "bandits",
                "--agents",
                "random,eps-greedy(eps=0.1),cheater",
                "--runs",
                "6",
                "--steps",
                "40",
                "--seed",
                "3",
                "--threads",
                "2",
                "--out",
                out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("RandomAgent", "RewardAveraging(eps=0.1, optimism=0)", "Cheater", "summary.json");
        assertThat(r.err()).contains("bandits: 100% (18/18 episodes");
        for (String png : List.of("reward.png", "best-arm.png")) {
            assertThat(Files.readAllBytes(out.resolve(png))).startsWith(PNG_MAGIC);
        }

        Map<String, Object> summary = Json.readObject(Files.readString(out.resolve("summary.json")));
        assertThat(summary)
                .containsEntry("runs", 6)
                .containsEntry("steps", 40)
                .containsEntry("seed", 3)
                .containsEntry("stationary", true);
        List<Map<String, Object>> agents = (List<Map<String, Object>>) summary.get("agents");
        assertThat(agents)
                .extracting(a -> a.get("name"))
                .containsExactly("RandomAgent", "RewardAveraging(eps=0.1, optimism=0)", "Cheater");
        assertThat(agents)
                .allSatisfy(a -> assertThat(a).containsKeys("mean_reward", "fraction_best", "fraction_best_last100"));
        // With 40 steps "the last 100" is the whole run; the cheater misses only where its first, stale arm 0 is not
        // best.
        assertThat(agents.get(2).get("fraction_best_last100"))
                .isEqualTo(agents.get(2).get("fraction_best"));
        assertThat((Double) agents.get(2).get("fraction_best")).isGreaterThanOrEqualTo(39.0 / 40);

        List<Map<String, Object>> rows = ArrowTables.read(out.resolve("results.arrow"));
        assertThat(rows).hasSize(3 * 40);
        assertThat(rows.get(0))
                .containsOnlyKeys("agent", "step", "mean_reward", "fraction_best")
                .containsEntry("agent", "RandomAgent")
                .containsEntry("step", 1L);
        assertThat(rows.get(119))
                .containsEntry("agent", "Cheater")
                .containsEntry("step", 40L)
                .containsEntry("fraction_best", 1.0);
        for (int a = 0; a < 3; a++) {
            double sum = 0;
            for (Map<String, Object> row : rows.subList(40 * a, 40 * (a + 1))) {
                assertThat(row.get("agent")).isEqualTo(agents.get(a).get("name"));
                sum += (Double) row.get("mean_reward");
            }
            assertThat(sum / 40).isCloseTo((Double) agents.get(a).get("mean_reward"), offset(1e-12));
        }
        assertThat(Files.readString(out.resolve("results.csv"))).startsWith("agent,step,mean_reward,fraction_best");
    }

    @Test
    void jsonPrintsOnlyTheSummaryAndAnExistingResultIsRefused() throws IOException {
        Path out = dir.resolve("b");
        String[] args = {
            "bandits",
            "--agents",
            "random",
            "--runs",
            "2",
            "--steps",
            "10",
            "--out",
            out.toString(),
            "--json",
            "--no-progress"
        };
        CliRun r = run(args);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(Json.readObject(r.out())).isEqualTo(Json.readObject(Files.readString(out.resolve("summary.json"))));
        byte[] before = Files.readAllBytes(out.resolve("results.csv"));

        CliRun again = run(args);
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err())
                .contains(
                        out + " already holds bandit results (summary.json exists): choose another --out or delete it");
        assertThat(Files.readAllBytes(out.resolve("results.csv"))).isEqualTo(before);
    }

    @Test
    void resultsDoNotDependOnThreadsAndNonStationaryIsRecorded() throws IOException {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        String[] common = {"bandits", "--agents", "ucb(c=1),thompson", "--runs", "4", "--steps", "30", "--nonstationary"
        };
        assertThat(run(concat(common, "--threads", "1", "--out", one.toString()))
                        .status())
                .isZero();
        assertThat(run(concat(common, "--threads", "2", "--out", two.toString()))
                        .status())
                .isZero();
        assertThat(Files.readString(two.resolve("results.csv")))
                .isEqualTo(Files.readString(one.resolve("results.csv")));
        assertThat(Json.readObject(Files.readString(one.resolve("summary.json"))))
                .containsEntry("stationary", false);
    }

    @Test
    void badAgentSpecsAndSettingsExitTwoWithTheMessage() {
        CliRun unknown = run("bandits", "--agents", "random,greedy", "--out", dir.toString());
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown agent 'greedy'", "valid agents are [random, eps-greedy");
        CliRun badKey = run("bandits", "--agents", "ucb(k=2)", "--out", dir.toString());
        assertThat(badKey.status()).isEqualTo(2);
        assertThat(badKey.err()).contains("unknown key 'k'", "[c]");
        CliRun tooLong = run("bandits", "--steps", "5000", "--out", dir.toString());
        assertThat(tooLong.status()).isEqualTo(2);
        assertThat(tooLong.err()).contains("steps=5000");
        assertThat(dir.resolve("summary.json")).doesNotExist();
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aRunCountThatCannotFitIsRefusedWithTheEstimate() {
        CliRun r = run(
                "bandits",
                "--agents",
                "random",
                "--runs",
                "2000000000",
                "--out",
                dir.resolve("b").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .contains("runs=2000000000 of 1000 steps for 1 agents: needs about 9.4 TiB", "maximum heap")
                .doesNotContain("OutOfMemoryError");
        assertThat(dir.resolve("b")).doesNotExist();
    }
}
