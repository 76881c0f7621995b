package org.vecrl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.AbstractEnv;
import org.vecrl.core.env.EnvSpec;
import org.vecrl.core.env.Envs;
import org.vecrl.core.env.Reset;
import org.vecrl.core.env.Step;
import org.vecrl.core.io.Json;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Discrete;

class EnvsCommandTest {
    private static final String ID = "CliTestConstant-v3";
    private static final String FAILING = "CliTestFailing-v0";

    /** An environment whose spaces are all the command reads. */
    private static final class ConstantEnv extends AbstractEnv<float[], Integer> {
        @Override
        public Box observationSpace() {
            return new Box(0f, 1f, 2);
        }

        @Override
        public Discrete actionSpace() {
            return new Discrete(3);
        }

        @Override
        public Reset<float[]> reset(Long seed, Map<String, Object> options) {
            seed(seed);
            return new Reset<>(new float[2]);
        }

        @Override
        public Step<float[]> step(Integer action) {
            return new Step<>(new float[2], 0, true, false);
        }
    }

    @BeforeEach
    void register() {
        Envs.register(new EnvSpec(ID, kwargs -> new ConstantEnv(), 25, 1.5, true, Map.of()));
        Envs.register(new EnvSpec(
                FAILING,
                kwargs -> {
                    throw new IllegalStateException("no display");
                },
                null,
                null,
                false,
                Map.of()));
    }

    @AfterEach
    void unregister() {
        Envs.unregister(ID);
        Envs.unregister(FAILING);
    }

    private static String run(String... args) {
        CliRun r = CliRun.run(args);
        assertThat(r.status()).as("exit status, stderr: %s", r.err()).isZero();
        return r.out();
    }

    @Test
    void printsATableRowPerEnvironment() {
        List<String> lines = run("envs").lines().toList();
        assertThat(lines.get(0))
                .startsWith("ID")
                .contains("OBSERVATION SPACE", "ACTION SPACE", "MAX STEPS", "REWARD THRESHOLD", "NONDETERMINISTIC");
        String row = lines.stream().filter(l -> l.startsWith(ID)).findFirst().orElseThrow();
        assertThat(row.split("\\s{2,}"))
                .containsExactly(ID, "Box(0.0, 1.0, (2,), float32)", "Discrete(3)", "25", "1.5", "true");
        String failing =
                lines.stream().filter(l -> l.startsWith(FAILING)).findFirst().orElseThrow();
        assertThat(failing).contains("(cannot make: IllegalStateException: no display)");
        assertThat(failing.split("\\s{2,}")).endsWith("-", "-", "-", "false");
        assertThat(lines.get(0).indexOf("ACTION SPACE")).isEqualTo(row.indexOf("Discrete(3)"));
    }

    @Test
    void printsJson() throws Exception {
        List<Map<String, Object>> rows = Json.readObjects(run("envs", "--json"));
        Map<String, Object> row =
                rows.stream().filter(r -> ID.equals(r.get("id"))).findFirst().orElseThrow();
        assertThat(row)
                .containsExactly(
                        Map.entry("id", ID),
                        Map.entry("observation_space", "Box(0.0, 1.0, (2,), float32)"),
                        Map.entry("action_space", "Discrete(3)"),
                        Map.entry("max_episode_steps", 25),
                        Map.entry("reward_threshold", 1.5),
                        Map.entry("nondeterministic", true));
        Map<String, Object> failing = rows.stream()
                .filter(r -> FAILING.equals(r.get("id")))
                .findFirst()
                .orElseThrow();
        assertThat(failing)
                .containsEntry("error", "IllegalStateException: no display")
                .containsEntry("observation_space", null)
                .containsEntry("max_episode_steps", null);
    }

    @Test
    void isListedInTheHelp() {
        assertThat(run("--help")).contains("envs");
    }
}
