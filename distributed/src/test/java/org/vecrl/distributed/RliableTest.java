package org.vecrl.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RliableTest {

    @Test
    void interquartileMeanTrimsAQuarterAtEachEnd() {
        // 8 scores: 2 cut at each end, mean of 3, 4, 5, 6
        assertThat(Rliable.iqm(new double[][] {{8, 1, 7, 2, 6, 3, 5, 4}})).isEqualTo(4.5);
        // 5 scores: floor(5/4) = 1 cut at each end (scipy trim_mean), mean of 2, 3, 4
        assertThat(Rliable.iqm(new double[][] {{100, 1, 2, 3, 4}})).isEqualTo(3.0);
        // 3 scores: nothing cut
        assertThat(Rliable.iqm(new double[][] {{1, 2, 6}})).isEqualTo(3.0);
        // tasks are pooled
        assertThat(Rliable.iqm(new double[][] {{1, 2}, {3, 4}})).isEqualTo(2.5);
        assertThat(Rliable.mean(new double[][] {{1, 2}, {3, 6}})).isEqualTo(3.0);
    }

    @Test
    void percentileInterpolatesLinearlyAsNumpy() {
        double[] sorted = {1, 2, 3, 4};
        assertThat(Rliable.percentile(sorted, 25)).isEqualTo(1.75);
        assertThat(Rliable.percentile(sorted, 50)).isEqualTo(2.5);
        assertThat(Rliable.percentile(sorted, 0)).isEqualTo(1.0);
        assertThat(Rliable.percentile(sorted, 100)).isEqualTo(4.0);
        assertThatThrownBy(() -> Rliable.percentile(sorted, 101)).hasMessageContaining("percentile 101.0");
    }

    @Test
    void bootstrapOfTwoScoresSpansBoth() {
        // resampled means of {0, 1} are 0, 0.5, 1 with probabilities 1/4, 1/2, 1/4: the 2.5th percentile of 2000
        // sorted draws (position 49.975) is 0 and the 97.5th (position 1949.025) is 1
        Rliable.Estimate e = Rliable.bootstrap(new double[][] {{0, 1}}, Rliable::mean, 2000, 0.95, 7);
        assertThat(e).isEqualTo(new Rliable.Estimate(0.5, 0.0, 1.0));
    }

    @Test
    void bootstrapIsStratifiedByTask() {
        // each task keeps its own runs: every resample has mean (0 + 1) / 2, so the interval is a point
        Rliable.Estimate e = Rliable.bootstrap(new double[][] {{0, 0}, {1, 1}}, Rliable::mean, 500, 0.95, 1);
        assertThat(e).isEqualTo(new Rliable.Estimate(0.5, 0.5, 0.5));
        Rliable.Estimate constant = Rliable.bootstrap(new double[][] {{3, 3, 3}}, Rliable::iqm, 100, 0.95, 1);
        assertThat(constant).isEqualTo(new Rliable.Estimate(3, 3, 3));
    }

    @Test
    void bootstrapIsReproducibleWithItsSeed() {
        double[][] scores = {{1, 5, 2, 8, 3}};
        assertThat(Rliable.bootstrap(scores, Rliable::iqm, 300, 0.9, 42))
                .isEqualTo(Rliable.bootstrap(scores, Rliable::iqm, 300, 0.9, 42));
        Rliable.Estimate e = Rliable.bootstrap(scores, Rliable::iqm, 300, 0.9, 42);
        assertThat(e.value()).isEqualTo(10.0 / 3);
        assertThat(e.lower()).isBetween(1.0, e.value());
        assertThat(e.upper()).isBetween(e.value(), 8.0);
    }

    @Test
    void profileCountsScoresStrictlyAbove() {
        assertThat(Rliable.profile(new double[][] {{1, 2, 3}}, new double[] {0, 1, 2.5, 3}))
                .containsExactly(1.0, 2.0 / 3, 1.0 / 3, 0.0);
    }
}
