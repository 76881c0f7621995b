package org.vecrl.algorithms.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.vecrl.core.io.tensorboard.EventFileWriter;

/**
 * Mirrors a run's logs as TensorBoard scalars (run setting {@code tensorboard}), with CleanRL's tag
 * names: each metrics row as {@code charts/sps} and {@code train/<metric>} at its step, each episode as
 * {@code charts/episodic_return} and {@code charts/episodic_length} at the step it ended. Event wall
 * times are Unix seconds: the time the log was opened, less the run's time so far, plus a row's
 * {@code wall_time}. When disabled every method does nothing.
 */
final class TensorBoardLog implements AutoCloseable {
    private final EventFileWriter writer;
    private final List<String> metricNames;
    private final double origin;

    private TensorBoardLog(EventFileWriter writer, List<String> metricNames, double origin) {
        this.writer = writer;
        this.metricNames = metricNames;
        this.origin = origin;
    }

    /**
     * Opens the log of a run, or a disabled one unless {@code enabled}. Event files already in {@code dir}
     * (a resumed run's) are replaced by one new file that starts with the rows the run kept.
     *
     * @param metricNames the learner's metric columns, after step, wall_time and sps
     * @param oldMetrics  metrics rows kept from before a resume (keys as in metrics.arrow)
     * @param oldEpisodes episode rows kept from before a resume (keys as in episodes.arrow)
     */
    static TensorBoardLog open(
            boolean enabled,
            Path dir,
            List<String> metricNames,
            List<Map<String, Object>> oldMetrics,
            List<Map<String, Object>> oldEpisodes) {
        if (!enabled) {
            return new TensorBoardLog(null, metricNames, 0);
        }
        deleteEventFiles(dir);
        double elapsed = Stream.concat(oldMetrics.stream(), oldEpisodes.stream())
                .mapToDouble(r -> ((Number) r.get("wall_time")).doubleValue())
                .max()
                .orElse(0);
        TensorBoardLog log = new TensorBoardLog(
                EventFileWriter.create(dir), metricNames, System.currentTimeMillis() / 1000.0 - elapsed);
        for (Map<String, Object> r : oldMetrics) {
            log.metrics(r.values().toArray());
        }
        for (Map<String, Object> r : oldEpisodes) {
            log.episode(
                    ((Number) r.get("step")).longValue(),
                    ((Number) r.get("wall_time")).doubleValue(),
                    ((Number) r.get("return")).doubleValue(),
                    ((Number) r.get("length")).longValue());
        }
        return log;
    }

    /** Writes a metrics row {step, wall_time, sps, metric...} (null metrics are skipped) and flushes. */
    void metrics(Object[] row) {
        if (writer == null) {
            return;
        }
        long step = ((Number) row[0]).longValue();
        double wall = origin + ((Number) row[1]).doubleValue();
        writer.addScalar("charts/sps", ((Number) row[2]).doubleValue(), step, wall);
        for (int i = 0; i < metricNames.size(); i++) {
            if (row[3 + i] != null) {
                writer.addScalar("train/" + metricNames.get(i), ((Number) row[3 + i]).doubleValue(), step, wall);
            }
        }
        writer.flush();
    }

    /** Writes one finished episode. */
    void episode(long step, double wallTime, double episodeReturn, long length) {
        if (writer != null) {
            writer.addScalar("charts/episodic_return", episodeReturn, step, origin + wallTime);
            writer.addScalar("charts/episodic_length", length, step, origin + wallTime);
        }
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.close();
        }
    }

    private static void deleteEventFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("events.out.tfevents."))
                    .toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace the event files in " + dir + ": " + e, e);
        }
    }
}
