package org.vecrl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The options every subcommand shares: --json, --no-progress and --seed, and one meaning of --out. */
class CliConventionsTest {
    private static final List<String> LONG_RUNNING = List.of("train", "bandits", "tabular", "bench");
    private static final List<String> PRINTS_A_RESULT =
            List.of("info", "envs", "train", "eval", "plot", "bench", "bandits", "tabular");

    @Test
    void everySubcommandFollowsTheConventions() {
        Map<String, CommandLine> commands = VecRl.commandLine().getSubcommands();
        for (String name : LONG_RUNNING) {
            assertThat(commands.get(name).getCommandSpec().findOption("--no-progress"))
                    .as(name + " --no-progress")
                    .isNotNull();
            assertThat(commands.get(name).getCommandSpec().findOption("--seed"))
                    .as(name + " --seed")
                    .isNotNull();
        }
        for (String name : PRINTS_A_RESULT) {
            OptionSpec json = commands.get(name).getCommandSpec().findOption("--json");
            assertThat(json).as(name + " --json").isNotNull();
            assertThat(json.description())
                    .containsExactly("Print only JSON on stdout (progress and messages go to stderr).");
        }
        int withOut = 0;
        for (CommandLine c : commands.values()) {
            OptionSpec out = c.getCommandSpec().findOption("--out");
            if (out != null) {
                withOut++;
                assertThat(out.description()[0])
                        .as(c.getCommandName() + " --out")
                        .startsWith(OutDir.DESCRIPTION);
            }
        }
        assertThat(withOut).isEqualTo(5);
    }
}
