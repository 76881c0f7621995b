package org.vecrl.core.wrappers.vector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vecrl.core.state.MapStateStore;
import org.vecrl.core.vector.AutoresetMode;
import org.vecrl.core.vector.VectorEnv;

class RecordEpisodeStatisticsTest {
    private static final boolean[] NONE = {false, false};
    private static final boolean[] FIRST = {true, false};
    private static final boolean[] SECOND = {false, true};
    private static final int[] ACTIONS = {0, 0};

    private record Episode(long step, double episodeReturn, long length) {}

    private final List<Episode> episodes = new ArrayList<>();

    /** Two envs: env 0 terminates on step 2, env 1 is truncated on step 3; the rewards of step k are k·10 + (1, 2). */
    private static ScriptedVectorEnv script(AutoresetMode mode) {
        ScriptedVectorEnv env = new ScriptedVectorEnv(2, 1, mode, 0, 0);
        for (int k = 1; k <= 5; k++) {
            env.then(
                    new float[] {k, k},
                    new float[] {10 * k + 1, 10 * k + 2},
                    k == 2 ? FIRST : NONE,
                    k == 3 ? SECOND : NONE,
                    null);
        }
        return env;
    }

    private RecordEpisodeStatistics record(VectorEnv env) {
        return new RecordEpisodeStatistics(env, (step, r, length) -> episodes.add(new Episode(step, r, length)));
    }

    private static void steps(VectorEnv env, int k) {
        for (int i = 0; i < k; i++) {
            env.step(ACTIONS);
        }
    }

    @Test
    void sameStepReportsEachEpisodeOnItsLastStep() {
        RecordEpisodeStatistics env = record(script(AutoresetMode.SAME_STEP));
        env.reset(0L);
        steps(env, 5);
        assertThat(episodes).containsExactly(new Episode(4, 11 + 21, 2), new Episode(6, 12 + 22 + 32, 3));
        assertThat(env.step()).isEqualTo(10);
        assertThat(env.rewards()).containsExactly(51, 52);
    }

    @Test
    void nextStepSkipsTheResetStepAfterAnEpisodeEnds() {
        RecordEpisodeStatistics env = record(script(AutoresetMode.NEXT_STEP));
        env.reset(0L);
        steps(env, 5);
        // env 0: step 3 is its reset step (the script's reward 31 belongs to no episode)
        assertThat(episodes).containsExactly(new Episode(4, 11 + 21, 2), new Episode(6, 12 + 22 + 32, 3));
        MapStateStore saved = new MapStateStore();
        env.saveState(saved, "r.");
        assertThat(saved.getDoubles("r.returns")).containsExactly(41 + 51, 52);
        assertThat(saved.getLongs("r.lengths")).containsExactly(2, 1);
        assertThat(saved.getBooleans("r.reset_pending")).containsExactly(false, false);
    }

    @Test
    void resumesMidEpisodeWithTheWrappedEnvsState() {
        RecordEpisodeStatistics original = record(script(AutoresetMode.NEXT_STEP));
        original.reset(0L);
        steps(original, 2);
        MapStateStore saved = new MapStateStore();
        original.saveState(saved, "recorder.");
        steps(original, 3);
        List<Episode> uninterrupted = List.copyOf(episodes.subList(1, episodes.size()));

        episodes.clear();
        RecordEpisodeStatistics restored = record(script(AutoresetMode.NEXT_STEP));
        restored.reset(0L);
        restored.restoreState(saved, "recorder.");
        assertThat(restored.envStateRestored()).isTrue();
        assertThat(restored.step()).isEqualTo(4);
        steps(restored, 3);
        assertThat(episodes).isEqualTo(uninterrupted).containsExactly(new Episode(6, 12 + 22 + 32, 3));
        MapStateStore a = new MapStateStore();
        MapStateStore b = new MapStateStore();
        original.saveState(a, "");
        restored.saveState(b, "");
        assertThat(b.getDoubles("returns")).isEqualTo(a.getDoubles("returns"));
        assertThat(b.getLongs("lengths")).isEqualTo(a.getLongs("lengths"));
    }

    @Test
    void anEnvThatCannotBeSavedIsReportedOnRestore() {
        RecordEpisodeStatistics original = record(new VectorEnvWrapper(script(AutoresetMode.SAME_STEP)) {});
        original.reset(0L);
        steps(original, 1);
        MapStateStore saved = new MapStateStore();
        original.saveState(saved, "recorder.");
        assertThat(saved.has("recorder.env.t")).isFalse();

        RecordEpisodeStatistics restored = record(new VectorEnvWrapper(script(AutoresetMode.SAME_STEP)) {});
        restored.restoreState(saved, "recorder.");
        assertThat(restored.envStateRestored()).isFalse();
        assertThat(restored.step()).as("the step counter is restored anyway").isEqualTo(2);
        restored.reset(1L);
        steps(restored, 2);
        assertThat(episodes).containsExactly(new Episode(6, 11 + 21, 2));
    }
}
