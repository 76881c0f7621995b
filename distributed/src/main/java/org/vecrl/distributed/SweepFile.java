package org.vecrl.distributed;

import java.nio.file.Path;

/** The files of a sweep directory; {@link #in} gives one's path. */
public enum SweepFile {
    /** The sweep spec. */
    SPEC("sweep.yaml"),
    /** The folder of the run directories, {@code runs/<config-id>-seed<seed>/}. */
    RUNS("runs"),
    /** One row per finished run (Arrow). */
    TABLE("sweep.arrow"),
    /** One row per finished run (CSV). */
    TABLE_CSV("sweep.csv"),
    /** The rungs of successive halving: each configuration's rung score and the promoted ones. */
    HALVING("halving.json"),
    /** Statistics per configuration and the ranking. */
    REPORT("report.json"),
    /** Learning curves per configuration with 95 % confidence bands. */
    LEARNING_CURVES("learning_curves.png"),
    /** Final score per configuration: IQM with its 95 % interval. */
    FINAL_SCORES("final_scores.png"),
    /** Performance profile: fraction of runs above each score, per configuration. */
    PERFORMANCE_PROFILE("performance_profile.png");

    private final String name;

    SweepFile(String name) {
        this.name = name;
    }

    /** This file's path in the sweep directory {@code sweep}. */
    public Path in(Path sweep) {
        return sweep.resolve(name);
    }
}
