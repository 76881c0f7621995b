package org.vecrl.algorithms.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vecrl.core.io.AtomicFiles;
import org.vecrl.nn.Checkpoint;
import org.vecrl.nn.CorruptCheckpointException;

/**
 * Housekeeping of a run's files on disk: removing the half-written temporary files a killed run
 * leaves, finding the latest periodic checkpoint that still reads back (falling back past corrupt
 * ones), and keeping only the latest periodic checkpoints ({@code keep_checkpoints}).
 */
public final class CheckpointFiles {
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointFiles.class);

    private CheckpointFiles() {}

    /** A periodic checkpoint file and its content. */
    public record Loaded(Path file, Checkpoint checkpoint) {}

    /** Deletes the {@link AtomicFiles} temporary files in the run folder and its checkpoints/ folder. */
    public static void deleteTemporaryFiles(RunDirectory dir) {
        for (Path folder : List.of(dir.root(), dir.checkpoints())) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path p : files.filter(f -> Files.isRegularFile(f) && AtomicFiles.isTemporary(f))
                        .toList()) {
                    LOG.info("deleting {}, a file half-written by an earlier run that was stopped", p);
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clean " + folder + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * The checkpoint a resume of the unfinished run in {@code dir} starts from, for a caller that holds the
     * run's {@link RunLock}: fails when the run already finished, removes leftover temporary files, and
     * gives the {@link #latestLoadable latest loadable} periodic checkpoint.
     */
    public static Loaded forResume(RunDirectory dir) {
        if (Files.isRegularFile(dir.finalCheckpoint())) {
            throw new IllegalArgumentException("run " + dir.root() + " already finished ("
                    + dir.finalCheckpoint().getFileName() + " exists)");
        }
        deleteTemporaryFiles(dir);
        return latestLoadable(dir);
    }

    /**
     * The latest periodic checkpoint that loads. A corrupt later one is skipped with a warning
     * naming it and the one used instead; fails when there is none or none loads.
     */
    public static Loaded latestLoadable(RunDirectory dir) {
        List<Path> periodic = dir.periodicCheckpoints();
        if (periodic.isEmpty()) {
            throw new IllegalArgumentException(
                    "run " + dir.root() + " has no periodic checkpoint to resume from in " + dir.checkpoints());
        }
        CorruptCheckpointException latestFailure = null;
        for (int i = periodic.size() - 1; i >= 0; i--) {
            try {
                Loaded loaded = new Loaded(periodic.get(i), Checkpoint.load(periodic.get(i)));
                if (latestFailure != null) {
                    LOG.warn(
                            "{} is corrupt ({}); resuming from the previous good checkpoint {}",
                            latestFailure.file(),
                            latestFailure.getMessage(),
                            loaded.file());
                }
                return loaded;
            } catch (CorruptCheckpointException e) {
                if (latestFailure == null) {
                    latestFailure = e;
                } else {
                    LOG.warn("{} is corrupt as well ({})", e.file(), e.getMessage());
                }
            }
        }
        throw new IllegalArgumentException(
                "run " + dir.root() + " has no readable periodic checkpoint: all " + periodic.size()
                        + " are corrupt, the latest: " + latestFailure.getMessage(),
                latestFailure);
    }

    /** Deletes all but the latest {@code keep} periodic checkpoints; {@code keep = 0} keeps all. */
    public static void prune(RunDirectory dir, int keep) {
        if (keep <= 0) {
            return;
        }
        List<Path> periodic = dir.periodicCheckpoints();
        try {
            for (Path old : periodic.subList(0, Math.max(0, periodic.size() - keep))) {
                Files.delete(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot delete an old checkpoint in " + dir.checkpoints() + ": " + e.getMessage(), e);
        }
    }
}
