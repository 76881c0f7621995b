package org.vecrl.core.wrappers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Step;
import org.vecrl.core.env.Wrapper;

class RecordEpisodeStatisticsTest {
    private static final float[] NOOP = {0f, 0f};
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void putsReturnLengthAndTimeIntoTheLastStepsInfo() {
        RecordEpisodeStatistics<float[], float[]> env =
                new RecordEpisodeStatistics<>(new ScriptedEnv(3, 1, 2, 3.5), 100, nanos::get);
        nanos.set(1_000_000_000L);
        env.reset(0L);
        assertThat(env.step(NOOP).info())
                .doesNotContainKey(RecordEpisodeStatistics.EPISODE)
                .containsEntry("t", 1);
        assertThat(env.step(NOOP).info()).doesNotContainKey(RecordEpisodeStatistics.EPISODE);
        nanos.set(3_500_000_000L);
        Step<float[]> last = env.step(NOOP);
        assertThat(last.terminated()).isTrue();
        assertThat(last.info()).containsEntry("t", 3);
        assertThat(last.info().get(RecordEpisodeStatistics.EPISODE)).isEqualTo(Map.of("r", 6.5, "l", 3, "t", 2.5));
        assertThat(env.episodeCount()).isEqualTo(1);
        assertThat(env.returnQueue()).containsExactly(6.5);
        assertThat(env.lengthQueue()).containsExactly(3);
        assertThat(env.timeQueue()).containsExactly(2.5);
    }

    @Test
    void countsTruncatedEpisodesAndKeepsOnlyTheLastBufferLengthOnes() {
        RecordEpisodeStatistics<float[], float[]> env =
                new RecordEpisodeStatistics<>(new TimeLimit<>(new ScriptedEnv(100, 1), 2), 2, nanos::get);
        for (int episode = 1; episode <= 3; episode++) {
            nanos.set(episode * 10_000_000_000L);
            env.reset();
            env.step(NOOP);
            nanos.addAndGet(1_234_567_890L);
            Step<float[]> s = env.step(NOOP);
            assertThat(s.truncated()).isTrue();
            assertThat(s.info().get(RecordEpisodeStatistics.EPISODE))
                    .isEqualTo(Map.of("r", 2.0, "l", 2, "t", 1.234568));
        }
        assertThat(env.episodeCount()).isEqualTo(3);
        assertThat(env.lengthQueue()).containsExactly(2, 2);
        assertThat(env.timeQueue()).hasSize(2);
    }

    @Test
    void aResetMidEpisodeStartsTheCountsAfresh() {
        RecordEpisodeStatistics<float[], float[]> env =
                new RecordEpisodeStatistics<>(new ScriptedEnv(2, 5), 10, nanos::get);
        env.reset();
        env.step(NOOP);
        env.reset();
        env.step(NOOP);
        assertThat(env.step(NOOP).info().get(RecordEpisodeStatistics.EPISODE))
                .isEqualTo(Map.of("r", 10.0, "l", 2, "t", 0.0));
    }

    @Test
    void refusesToOverwriteAnEpisodeKeyOfTheInnerEnv() {
        Env<float[], float[]> writesEpisode = new Wrapper<>(new ScriptedEnv(1, 1)) {
            @Override
            public Step<float[]> step(float[] action) {
                Step<float[]> s = env.step(action);
                return new Step<>(s.obs(), s.reward(), s.terminated(), s.truncated(), Map.of("episode", "mine"));
            }
        };
        RecordEpisodeStatistics<float[], float[]> env = new RecordEpisodeStatistics<>(writesEpisode);
        env.reset();
        assertThatThrownBy(() -> env.step(NOOP))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'episode'");
        assertThatThrownBy(() -> new RecordEpisodeStatistics<>(new ScriptedEnv(1, 1), 0))
                .hasMessageContaining("bufferLength=0");
    }
}
