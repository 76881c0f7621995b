package org.vecrl.core.wrappers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Seeding;

class RunningMeanStdTest {

    @Test
    void startsAtMeanZeroVarianceOneAndAPseudoCount() {
        RunningMeanStd rms = new RunningMeanStd(2);
        assertThat(rms.mean(1)).isZero();
        assertThat(rms.var(1)).isEqualTo(1.0);
        assertThat(rms.count()).isEqualTo(1e-4);
    }

    @Test
    void singleSampleUpdatesMatchThePooledMoments() {
        double[] xs = {3.0, -1.0, 4.0, 1.5, 9.0};
        RunningMeanStd rms = new RunningMeanStd(1);
        for (int k = 0; k < xs.length; k++) {
            rms.update(xs[k]);
            MixtureMoments expected = MixtureMoments.of(java.util.Arrays.copyOf(xs, k + 1));
            assertThat(rms.mean(0)).isCloseTo(expected.mean(), within(1e-12));
            assertThat(rms.var(0)).isCloseTo(expected.var(), within(1e-12));
        }
        assertThat(rms.count()).isEqualTo(5.0001, within(1e-12));
    }

    @Test
    void parallelUpdateOfTwoBatchesEqualsSampleBySampleUpdates() {
        float[][] xs = {{1f, 10f}, {2f, 20f}, {4f, 5f}, {-3f, 0f}, {0.5f, 1f}};
        RunningMeanStd sequential = new RunningMeanStd(2);
        for (float[] x : xs) {
            sequential.update(x);
        }
        RunningMeanStd batched = new RunningMeanStd(2);
        batched.updateFromMoments(new double[] {1.5, 15}, new double[] {0.25, 25}, 2);
        double[] mean = {(4 - 3 + 0.5) / 3.0, 2.0};
        double[] var = {
            (Math.pow(4 - mean[0], 2) + Math.pow(-3 - mean[0], 2) + Math.pow(0.5 - mean[0], 2)) / 3, (9 + 4 + 1) / 3.0
        };
        batched.updateFromMoments(mean, var, 3);
        for (int i = 0; i < 2; i++) {
            assertThat(batched.mean(i)).isCloseTo(sequential.mean(i), within(1e-9));
            assertThat(batched.var(i)).isCloseTo(sequential.var(i), within(1e-9));
        }
        assertThat(batched.count()).isCloseTo(sequential.count(), within(1e-12));
    }

    @Test
    void convergesToTheStreamsMoments() {
        RandomGenerator rng = Seeding.generator(9L);
        RunningMeanStd rms = new RunningMeanStd(1);
        for (int i = 0; i < 20_000; i++) {
            rms.update(3 + 2 * rng.nextGaussian());
        }
        assertThat(rms.mean(0)).isCloseTo(3.0, within(0.05));
        assertThat(rms.var(0)).isCloseTo(4.0, within(0.15));
    }

    @Test
    void stateRoundTripsAndIsAValue() {
        RunningMeanStd rms = new RunningMeanStd(2);
        rms.update(new float[] {1f, 2f});
        RunningMeanStd.State state = rms.state();
        rms.update(new float[] {5f, 7f});
        assertThat(rms.state()).isNotEqualTo(state);
        rms.restore(state);
        assertThat(rms.state()).isEqualTo(state).hasSameHashCodeAs(state);
        double[] leaked = state.mean();
        leaked[0] = 99;
        assertThat(state.mean()[0]).isNotEqualTo(99);
        assertThatThrownBy(() -> new RunningMeanStd(3).restore(state))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("state of length 2: expected length 3");
    }

    @Test
    void rejectsSamplesOfTheWrongSize() {
        RunningMeanStd rms = new RunningMeanStd(2);
        assertThatThrownBy(() -> rms.update(new float[3]))
                .hasMessageContaining("sample of length 3: expected length 2");
        assertThatThrownBy(() -> rms.update(1.0)).hasMessageContaining("scalar sample of length 1");
        assertThatThrownBy(() -> rms.updateFromMoments(new double[2], new double[2], 0))
                .hasMessageContaining("batch count 0.0");
    }

    @Test
    void rowMajorBatchUpdateEqualsTheMomentsUpdate() {
        float[] rows = {1f, 10f, 2f, 20f, 4f, 5f};
        RunningMeanStd batch = new RunningMeanStd(2);
        batch.update(rows, 3);
        RunningMeanStd moments = new RunningMeanStd(2);
        moments.updateFromMoments(
                new double[] {7.0 / 3, 35.0 / 3},
                new double[] {(16.0 / 9 + 1.0 / 9 + 25.0 / 9) / 3, (25.0 / 9 + 625.0 / 9 + 400.0 / 9) / 3},
                3);
        for (int i = 0; i < 2; i++) {
            assertThat(batch.mean(i)).isCloseTo(moments.mean(i), within(1e-12));
            assertThat(batch.var(i)).isCloseTo(moments.var(i), within(1e-12));
        }
        assertThat(batch.count()).isEqualTo(3 + RunningMeanStd.INITIAL_COUNT);
        assertThatThrownBy(() -> batch.update(rows, 4)).hasMessageContaining("batch of 4 rows in 6 values");
    }

    @Test
    void flatStateRoundTrips() {
        RunningMeanStd rms = new RunningMeanStd(2);
        rms.update(new float[] {1f, 2f, 3f, 5f}, 2);
        double[] flat = rms.state().toArray();
        assertThat(flat).containsExactly(rms.mean(0), rms.mean(1), rms.var(0), rms.var(1), rms.count());
        assertThat(RunningMeanStd.State.fromArray(flat)).isEqualTo(rms.state());
        assertThatThrownBy(() -> RunningMeanStd.State.fromArray(new double[4]))
                .hasMessageContaining("running statistics of length 4");
    }
}
