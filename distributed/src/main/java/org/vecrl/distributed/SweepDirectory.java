package org.vecrl.distributed;

import java.nio.file.Path;

/**
 * The files of a sweep directory: {@code sweep.yaml} (the spec), {@code runs/<config-id>-seed<seed>/} (one
 * training run each), and the report: {@code sweep.arrow} + {@code sweep.csv}, {@code report.json} and the
 * plots {@code learning_curves.png}, {@code final_scores.png}, {@code performance_profile.png}.
 */
public final class SweepDirectory {
    private SweepDirectory() {}

    /** The sweep spec. */
    public static Path spec(Path sweep) {
        return sweep.resolve("sweep.yaml");
    }

    /** The folder of the run directories. */
    public static Path runs(Path sweep) {
        return sweep.resolve("runs");
    }

    /** One row per run (Arrow). */
    public static Path table(Path sweep) {
        return sweep.resolve("sweep.arrow");
    }

    /** One row per run (CSV). */
    public static Path tableCsv(Path sweep) {
        return sweep.resolve("sweep.csv");
    }

    /** Statistics per configuration and the ranking. */
    public static Path report(Path sweep) {
        return sweep.resolve("report.json");
    }

    /** Learning curves per configuration with 95 % confidence bands. */
    public static Path learningCurves(Path sweep) {
        return sweep.resolve("learning_curves.png");
    }

    /** Final score per configuration: IQM with its 95 % interval. */
    public static Path finalScores(Path sweep) {
        return sweep.resolve("final_scores.png");
    }

    /** Performance profile: fraction of runs above each score, per configuration. */
    public static Path performanceProfile(Path sweep) {
        return sweep.resolve("performance_profile.png");
    }
}
