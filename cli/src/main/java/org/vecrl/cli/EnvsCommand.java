package org.vecrl.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.EnvSpec;
import org.vecrl.core.env.Envs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code vecrl envs}: lists every registered environment with its spaces (read from a freshly made
 * instance), step limit, reward threshold and nondeterministic flag, as a table or as JSON.
 */
@Command(
        name = "envs",
        mixinStandardHelpOptions = true,
        description = "List the registered environments: spaces, max episode steps, reward threshold, nondeterminism.")
final class EnvsCommand implements Callable<Integer> {
    private static final String[] HEADER = {
        "ID", "OBSERVATION SPACE", "ACTION SPACE", "MAX STEPS", "REWARD THRESHOLD", "NONDETERMINISTIC"
    };

    @Mixin
    JsonOption jsonOption;

    @Override
    public Integer call() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String id : Envs.ids()) {
            rows.add(describe(Envs.spec(id)));
        }
        jsonOption.print(rows, () -> table(rows));
        return 0;
    }

    /** One row; the spaces come from an instance made with the default kwargs, or an error when making fails. */
    private static Map<String, Object> describe(EnvSpec spec) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", spec.id());
        try (Env<?, ?> env = Envs.make(spec.id())) {
            row.put("observation_space", String.valueOf(env.observationSpace()));
            row.put("action_space", String.valueOf(env.actionSpace()));
        } catch (RuntimeException e) {
            row.put("observation_space", null);
            row.put("action_space", null);
            row.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        row.put("max_episode_steps", spec.maxEpisodeSteps());
        row.put("reward_threshold", spec.rewardThreshold());
        row.put("nondeterministic", spec.nondeterministic());
        return row;
    }

    private static String table(List<Map<String, Object>> rows) {
        List<String[]> lines = new ArrayList<>();
        lines.add(HEADER);
        for (Map<String, Object> row : rows) {
            String obs = row.containsKey("error")
                    ? "(cannot make: " + row.get("error") + ")"
                    : cell(row.get("observation_space"));
            lines.add(new String[] {
                cell(row.get("id")),
                obs,
                cell(row.get("action_space")),
                cell(row.get("max_episode_steps")),
                cell(row.get("reward_threshold")),
                cell(row.get("nondeterministic"))
            });
        }
        int[] widths = new int[HEADER.length];
        for (String[] line : lines) {
            for (int c = 0; c < line.length; c++) {
                widths[c] = Math.max(widths[c], line[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] line : lines) {
            for (int c = 0; c < line.length; c++) {
                sb.append(c == line.length - 1 ? line[c] : String.format("%-" + widths[c] + "s  ", line[c]));
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }

    private static String cell(Object value) {
        return value == null ? "-" : value.toString();
    }
}
