package org.vecrl.algorithms.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vecrl.core.env.Envs;

/**
 * The files of one training run: config.yaml, metrics.arrow/.csv, episodes.arrow/.csv,
 * checkpoints/step-NNNNNNNNNN.ckpt and checkpoints/final.ckpt, summary.json, and the TensorBoard
 * event files in tensorboard/.
 */
public record RunDirectory(Path root) {
    private static final Pattern PERIODIC = Pattern.compile("step-(\\d+)\\.ckpt");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /**
     * {@code runs/<algo>-<env>-<seed>-<yyyyMMdd-HHmmss>}; fails for an env id that could name a
     * folder outside runs/ (one with '/', '\\' or a leading '.') or that is not registered.
     */
    public static RunDirectory defaultFor(RunSettings run, LocalDateTime now) {
        String env = run.env();
        if (env.contains("/") || env.contains("\\") || env.startsWith(".")) {
            throw new IllegalArgumentException("env id '" + env + "': expected a registered id without '/', '\\' or a"
                    + " leading '.' (it names the run directory)");
        }
        Envs.spec(env);
        return named(run.algo() + "-" + run.env() + "-" + run.seed(), now);
    }

    /** {@code runs/<name>-<yyyyMMdd-HHmmss>}. */
    public static RunDirectory named(String name, LocalDateTime now) {
        return new RunDirectory(Path.of("runs", name + "-" + STAMP.format(now)));
    }

    public Path config() {
        return root.resolve("config.yaml");
    }

    public Path metricsArrow() {
        return root.resolve("metrics.arrow");
    }

    public Path metricsCsv() {
        return root.resolve("metrics.csv");
    }

    public Path episodesArrow() {
        return root.resolve("episodes.arrow");
    }

    public Path episodesCsv() {
        return root.resolve("episodes.csv");
    }

    public Path summary() {
        return root.resolve("summary.json");
    }

    /** The folder of the TensorBoard event files (run setting {@code tensorboard}). */
    public Path tensorboard() {
        return root.resolve("tensorboard");
    }

    public Path checkpoints() {
        return root.resolve("checkpoints");
    }

    /** The periodic checkpoint taken at environment step {@code step}. */
    public Path checkpoint(long step) {
        return checkpoints().resolve(String.format("step-%010d.ckpt", step));
    }

    /** The checkpoint written when the run finished. */
    public Path finalCheckpoint() {
        return checkpoints().resolve("final.ckpt");
    }

    /**
     * Fails when this folder already holds a run that has a checkpoint (resume it instead). A
     * config.yaml left by a start that stopped before its first checkpoint does not count: a new
     * run replaces it.
     */
    public void requireNoRun() {
        Optional<Path> checkpoint = latestCheckpoint();
        if (Files.exists(config()) && checkpoint.isPresent()) {
            throw new IllegalArgumentException(root + " already holds a run (config.yaml and "
                    + root.relativize(checkpoint.get()) + " exist): use --resume or another --out");
        }
    }

    /** The periodic checkpoints, lowest step first. */
    public List<Path> periodicCheckpoints() {
        if (!Files.isDirectory(checkpoints())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(checkpoints())) {
            return files.filter(
                            p -> PERIODIC.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingLong(RunDirectory::stepOf))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + checkpoints() + ": " + e.getMessage(), e);
        }
    }

    /** The periodic checkpoint with the highest step, if any. */
    public Optional<Path> latestPeriodicCheckpoint() {
        List<Path> periodic = periodicCheckpoints();
        return periodic.isEmpty() ? Optional.empty() : Optional.of(periodic.get(periodic.size() - 1));
    }

    /** The final checkpoint if the run finished, else the latest periodic one. */
    public Optional<Path> latestCheckpoint() {
        return Files.isRegularFile(finalCheckpoint()) ? Optional.of(finalCheckpoint()) : latestPeriodicCheckpoint();
    }

    private static long stepOf(Path p) {
        Matcher m = PERIODIC.matcher(p.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    /** The run directory holding {@code path}: the folder itself, or the run of a checkpoint file. */
    public static RunDirectory containing(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (Files.isDirectory(p)) {
            return new RunDirectory(p);
        }
        Path parent = p.getParent();
        if (parent != null && parent.getFileName().toString().equals("checkpoints") && parent.getParent() != null) {
            return new RunDirectory(parent.getParent());
        }
        throw new IllegalArgumentException(path + ": expected a run directory or a file in its checkpoints/ folder");
    }
}
