package org.vecrl.algorithms.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LearningCurvesTest {

    @Test
    void interpolatesLinearlyAndClampsAtTheEnds() {
        double[] xs = {10, 20, 40};
        double[] ys = {1, 3, -1};
        assertThat(LearningCurves.interpolate(xs, ys, 0)).isEqualTo(1);
        assertThat(LearningCurves.interpolate(xs, ys, 15)).isEqualTo(2);
        assertThat(LearningCurves.interpolate(xs, ys, 20)).isEqualTo(3);
        assertThat(LearningCurves.interpolate(xs, ys, 30)).isEqualTo(1);
        assertThat(LearningCurves.interpolate(xs, ys, 99)).isEqualTo(-1);
    }

    @Test
    void progressStatusShowsStepsSpsReturnAndEta() {
        assertThat(ProgressReporter.status(2500, 10000, 5, 500, 21.25))
                .isEqualTo("2,500/10,000 steps  500 SPS  mean return 21.3  elapsed 0:05  ETA 0:15");
        assertThat(ProgressReporter.status(0, 10, 0, 0, null)).contains("mean return -", "ETA -");
        assertThat(ProgressReporter.duration(3725)).isEqualTo("1:02:05");
    }
}
