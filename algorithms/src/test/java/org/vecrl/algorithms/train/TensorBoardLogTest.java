package org.vecrl.algorithms.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vecrl.core.io.ArrowTables;
import org.vecrl.core.io.tensorboard.EventFileReader;
import org.vecrl.core.io.tensorboard.EventFileReader.Event;
import org.vecrl.core.io.tensorboard.EventFileReader.Scalar;

/** TensorBoard scalars of a training run (run setting tensorboard) and of a resumed log. */
class TensorBoardLogTest {

    private static RunConfig randomRun(boolean tensorboard) {
        return TestRuns.config(
                "diverging",
                "CartPole-v1",
                Map.of("total_timesteps", 300, "tensorboard", tensorboard),
                List.of("nan_at_step=100000", "metrics_every=100"));
    }

    @Test
    void aRunWithTensorboardWritesEveryMetricAndEpisodeAsScalars(@TempDir Path tmp) {
        RunDirectory rd = new RunDirectory(tmp.resolve("run"));
        TrainingRun.train(randomRun(true), rd.root(), ProgressReporter.none());
        List<Event> events = EventFileReader.read(onlyEventFile(rd.tensorboard()));
        assertThat(events.get(0).fileVersion()).isEqualTo("brain.Event:2");

        List<List<Object>> expected = new ArrayList<>();
        for (Map<String, Object> r : ArrowTables.read(rd.metricsArrow())) {
            expected.add(List.of(r.get("step"), "charts/sps", ((Double) r.get("sps")).floatValue()));
            expected.add(List.of(r.get("step"), "train/loss", ((Double) r.get("loss")).floatValue()));
        }
        List<Map<String, Object>> episodes = ArrowTables.read(rd.episodesArrow());
        assertThat(episodes).hasSizeGreaterThan(5);
        for (Map<String, Object> r : episodes) {
            expected.add(List.of(r.get("step"), "charts/episodic_return", ((Double) r.get("return")).floatValue()));
            expected.add(List.of(r.get("step"), "charts/episodic_length", ((Long) r.get("length")).floatValue()));
        }
        assertThat(expected).hasSize(2 * 3 + 2 * episodes.size());
        assertThat(scalars(events.subList(1, events.size()))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(events.get(1).wallTime()).isGreaterThan(1.6e9);
    }

    @Test
    void aRunWithoutTensorboardWritesNoEventFiles(@TempDir Path tmp) {
        RunDirectory rd = new RunDirectory(tmp.resolve("run"));
        TrainingRun.train(randomRun(false), rd.root(), ProgressReporter.none());
        assertThat(rd.tensorboard()).doesNotExist();
    }

    @Test
    void reopeningReplacesTheEventFilesWithTheKeptRows(@TempDir Path tmp) {
        Path dir = tmp.resolve("tensorboard");
        try (TensorBoardLog first = TensorBoardLog.open(true, dir, List.of("loss"), List.of(), List.of())) {
            first.metrics(new Object[] {100L, 1.0, 50.0, 0.5});
            first.metrics(new Object[] {200L, 2.0, 60.0, 0.25});
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("step", 100L);
        kept.put("wall_time", 1.0);
        kept.put("sps", 50.0);
        kept.put("loss", null);
        Map<String, Object> episode = Map.of("step", 90L, "wall_time", 0.9, "return", 12.0, "length", 12L);
        try (TensorBoardLog second = TensorBoardLog.open(true, dir, List.of("loss"), List.of(kept), List.of(episode))) {
            second.episode(150, 1.5, 7.0, 7);
        }
        List<Event> events = EventFileReader.read(onlyEventFile(dir));
        assertThat(scalars(events.subList(1, events.size())))
                .containsExactly(
                        List.of(100L, "charts/sps", 50f),
                        List.of(90L, "charts/episodic_return", 12f),
                        List.of(90L, "charts/episodic_length", 12f),
                        List.of(150L, "charts/episodic_return", 7f),
                        List.of(150L, "charts/episodic_length", 7f));
        assertThat(events.get(4).wallTime() - events.get(1).wallTime())
                .as("a row's wall_time offsets its event")
                .isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-6));
    }

    private static List<List<Object>> scalars(List<Event> events) {
        List<List<Object>> out = new ArrayList<>();
        for (Event e : events) {
            for (Scalar s : e.scalars()) {
                out.add(List.of(e.step(), s.tag(), s.value()));
            }
        }
        return out;
    }

    private static Path onlyEventFile(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).getFileName().toString()).startsWith("events.out.tfevents.");
            return all.get(0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
