package org.vecrl.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SweepMainTest {

    private static SweepMain parse(String... args) {
        SweepMain main = new SweepMain();
        new CommandLine(main).parseArgs(args);
        return main;
    }

    @Test
    void optionsMakeTheSpec() {
        SweepSpec spec = parse(
                        "--algo",
                        "ppo",
                        "--env",
                        "CartPole-v1",
                        "--grid",
                        "learning_rate=1e-4,1e-3",
                        "--grid",
                        "clip_coef=0.1,0.2",
                        "--seeds",
                        "1-3",
                        "--set",
                        "total_timesteps=1000",
                        "--out",
                        "sw")
                .spec();
        assertThat(spec)
                .isEqualTo(new SweepSpec(
                        "ppo",
                        "CartPole-v1",
                        null,
                        Map.of("learning_rate", List.of("1e-4", "1e-3"), "clip_coef", List.of("0.1", "0.2")),
                        List.of(1L, 2L, 3L),
                        List.of("total_timesteps=1000")));
        SweepSpec random = parse(
                        "--algo",
                        "ppo",
                        "--env",
                        "CartPole-v1",
                        "--random",
                        "4",
                        "--dist",
                        "learning_rate=loguniform(1e-4,1e-2)",
                        "--halving",
                        "2",
                        "--min-steps",
                        "1024",
                        "--seeds",
                        "1",
                        "--out",
                        "sw")
                .spec();
        assertThat(random.search().trials()).isEqualTo(4);
        assertThat(random.halving()).isEqualTo(new Halving(2, 1024));
        assertThat(random.configurations()).hasSize(4);
    }

    @Test
    void optionsThatGoTogetherAreChecked() {
        assertThatThrownBy(() -> parse(
                                "--algo", "ppo", "--env", "CartPole-v1", "--random", "4", "--seeds", "1", "--out", "sw")
                        .spec())
                .hasMessageContaining("--random N goes with --dist");
    }

    @Test
    void badInputIsOneLineAndStatus2() {
        StringWriter err = new StringWriter();
        CommandLine cl = SweepMain.commandLine();
        cl.setErr(new PrintWriter(err));
        int status = cl.execute("--algo", "ppo", "--env", "CartPole-v1", "--seeds", "3-1", "--out", "sw");
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).startsWith("vecrl sweep: --seeds 3-1");
    }
}
