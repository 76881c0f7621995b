package org.vecrl.algorithms.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

    @Test
    void aLogLineIsWrittenOncePerIntervalWithTheStatusOfThatMoment() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressReporter progress = ProgressReporter.console(new PrintStream(bytes, true, StandardCharsets.UTF_8), 10);
        assertThat(progress.isDue(0)).isTrue();
        progress.update(100, 1000, 0.0, 50.0, null);
        assertThat(progress.isDue(5)).isFalse();
        progress.update(200, 1000, 5.0, 40.0, 9.5);
        progress.update(500, 1000, 10.0, 50.0, 20.0);
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines)
                .containsExactly(
                        "100/1,000 steps  50 SPS  mean return -  elapsed 0:00  ETA 0:18",
                        "500/1,000 steps  50 SPS  mean return 20.0  elapsed 0:10  ETA 0:10");
    }

    @Test
    void noneShowsNothingAndBuildsNoStatus() {
        assertThat(ProgressReporter.none().isDue(0)).isFalse();
    }
}
