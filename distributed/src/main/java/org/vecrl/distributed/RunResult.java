package org.vecrl.distributed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vecrl.algorithms.train.RunDirectory;
import org.vecrl.core.io.Json;

/**
 * A finished run of a sweep: the run and its summary.json as a map (snake_case keys, as written).
 *
 * @param run     the run
 * @param summary the parsed summary.json
 */
public record RunResult(SweepRun run, Map<String, Object> summary) {
    /** The summary field that scores a run when present: the deterministic evaluation's mean return. */
    public static final String SCORE = "eval_mean_return";
    /** The score's fallback when the evaluation is disabled: the mean return of the last training episodes. */
    public static final String FALLBACK_SCORE = "final_mean_return";

    /** The run's score ({@value #SCORE}, else {@value #FALLBACK_SCORE}), or null when it has neither. */
    public Double score() {
        Object v = summary.get(SCORE) != null ? summary.get(SCORE) : summary.get(FALLBACK_SCORE);
        return v == null ? null : ((Number) v).doubleValue();
    }

    /** A numeric summary field, or null when absent or null. */
    public Double number(String key) {
        Object v = summary.get(key);
        return v instanceof Number n ? n.doubleValue() : null;
    }

    /** The finished runs among {@code runs}, in order; the names of those without summary.json go to {@code missing}. */
    public static List<RunResult> read(List<SweepRun> runs, List<String> missing) {
        List<RunResult> results = new ArrayList<>();
        for (SweepRun run : runs) {
            var file = new RunDirectory(run.path()).summary();
            if (!Files.isRegularFile(file)) {
                missing.add(run.name());
                continue;
            }
            try {
                results.add(new RunResult(run, Json.readObject(Files.readString(file, StandardCharsets.UTF_8))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return results;
    }
}
