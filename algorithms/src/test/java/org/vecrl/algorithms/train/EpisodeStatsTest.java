package org.vecrl.algorithms.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vecrl.nn.Checkpoint;

class EpisodeStatsTest {

    @Test
    void meanOfTheLastTwentyBestAndFirstFullWindowAtTheThreshold() {
        EpisodeStats s = new EpisodeStats(10.0);
        assertThat(s.meanReturn()).isNull();
        for (int i = 1; i <= 19; i++) {
            s.add(i * 100L, i, 20);
        }
        assertThat(s.meanReturn()).isEqualTo(20);
        assertThat(s.stepsToThreshold())
                .as("needs a full window of 20 episodes")
                .isNull();
        s.add(2000, 20.5, 20);
        assertThat(s.stepsToThreshold()).isEqualTo(2000);
        assertThat(s.secondsToThreshold()).isEqualTo(20.5);
        for (int i = 0; i < 10; i++) {
            s.add(3000 + i, 30, 0);
        }
        assertThat(s.meanReturn()).isEqualTo(10);
        assertThat(s.best()).isEqualTo(20);
        assertThat(s.stepsToThreshold()).isEqualTo(2000);
        Checkpoint a = new Checkpoint();
        s.save(a);
        EpisodeStats t = new EpisodeStats(10.0);
        t.restore(a);
        assertThat(t.meanReturn()).isEqualTo(10);
        assertThat(t.episodes()).isEqualTo(30);
        assertThat(t.stepsToThreshold()).isEqualTo(2000);
    }

    @Test
    void bestMeanReturnCountsOnlyFullWindows() {
        EpisodeStats s = new EpisodeStats(null);
        s.add(10, 1, 500);
        assertThat(s.meanReturn()).isEqualTo(500);
        assertThat(s.best()).as("one lucky episode is not a best mean of 20").isNull();
        for (int i = 0; i < 19; i++) {
            s.add(20 + i, 2, 10);
        }
        assertThat(s.best()).isEqualTo((500 + 19 * 10) / 20.0);
    }
}
