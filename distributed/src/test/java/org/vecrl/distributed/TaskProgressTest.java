package org.vecrl.distributed;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.algorithms.train.RunDirectory;

class TaskProgressTest {

    @TempDir
    Path tmp;

    /** A task's progress with checkpoint_every=1000 and the given rung, for run folder {@code c0-seed1}. */
    private TaskProgress progress(long stopAt) {
        SweepRun run = new SweepRun(
                "ppo",
                "CartPole-v1",
                null,
                List.of("checkpoint_every=1000"),
                Configuration.of(Map.of()),
                1,
                tmp.resolve("c0-seed1").toString());
        return new TaskProgress(run, stopAt, run.resolve().run().checkpointEvery());
    }

    private void checkpointAt(long step) throws IOException {
        RunDirectory runDir = new RunDirectory(tmp.resolve("c0-seed1"));
        Files.createDirectories(runDir.checkpoints());
        Files.createFile(runDir.checkpoint(step));
    }

    @Test
    void theRungIsFoundAtTheFirstUpdatePastACheckpointIntervalAndNotListedBefore() throws IOException {
        TaskProgress progress = progress(1000);
        checkpointAt(1024);
        // Before step 1000 no checkpoint can exist yet, so the folder is not read (the file above is not seen).
        assertThatCode(() -> progress.update(512, 4096, 1.0, "")).doesNotThrowAnyException();
        assertThatThrownBy(() -> progress.update(1536, 4096, 2.0, ""))
                .isInstanceOf(TaskProgress.RungReached.class)
                .hasMessage("c0-seed1 reached its rung of 1000 steps");
    }

    @Test
    void aRunBelowItsRungGoesOnAndLooksAgainOnlyAfterTheNextInterval() throws IOException {
        TaskProgress progress = progress(2000);
        checkpointAt(1024);
        assertThatCode(() -> progress.update(1536, 4096, 1.0, "")).doesNotThrowAnyException();
        checkpointAt(2048);
        assertThatCode(() -> progress.update(1900, 4096, 1.5, "")).doesNotThrowAnyException();
        assertThatThrownBy(() -> progress.update(2560, 4096, 2.0, "")).isInstanceOf(TaskProgress.RungReached.class);
    }
}
