package org.vecrl.algorithms.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vecrl.core.env.Envs;
import org.vecrl.core.env.Seeding;
import org.vecrl.core.io.ArrowTables;
import org.vecrl.core.io.AtomicFiles;
import org.vecrl.core.io.Json;
import org.vecrl.core.io.TableLog;
import org.vecrl.core.io.TableLog.Column;
import org.vecrl.core.wrappers.vector.RecordEpisodeStatistics;
import org.vecrl.nn.Checkpoint;
import org.vecrl.nn.NonFiniteException;

/**
 * Drives one training run on disk: writes config.yaml, builds the vector env and the algorithm's
 * {@link Learner}, calls {@link Learner#iterate} until {@code total_timesteps} environment steps,
 * logs metrics and episodes (Arrow + CSV), writes periodic and final checkpoints and summary.json.
 *
 * <p>Resume. A periodic checkpoint (every {@code checkpoint_every} steps, at the end of an
 * iteration) saves the whole state: counters, episode statistics, the learner's networks, optimizer,
 * buffers and generator states, and the vector env's state (sub-env states, generators, episodes in
 * progress). Writing it changes nothing in the run, so the checkpoint frequency does not change the
 * results. A resumed run loads that state and continues exactly as the uninterrupted run did (same
 * seed, CPU); logs are truncated to the checkpoint's step. A vector env whose state cannot be saved
 * (not {@link org.vecrl.core.state.Resumable#resumable() resumable}, e.g. a SyncVectorEnv over an env without
 * saved state) is reset on resume with a seed derived from the run
 * seed, with a warning: the run then continues, but not bit-identically.
 *
 * <p>A NaN or infinite metric or gradient norm stops the run with a {@link DivergenceException}
 * naming the step and the last finite values; no checkpoint is written after it, and summary.json
 * says {@code diverged: true}. A finished run ends with a deterministic evaluation of its final
 * policy ({@code eval_episodes} episodes) recorded in summary.json.
 */
public final class TrainingRun {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);
    /** Checkpoint prefix of the episode statistics wrapper (and, under it, the vector env's state). */
    private static final String RECORDER = "recorder.";

    private final RunConfig config;
    private final RunSettings run;
    private final RunDirectory dir;
    private final Algorithm<?> algorithm;
    private final RecordEpisodeStatistics env;
    private final EpisodeStats stats;
    private final Learner learner;
    private final Metrics metrics;
    private final ProgressReporter progress;
    private final MetricWarnings warnings = new MetricWarnings();
    private TableLog metricsLog;
    private TableLog episodesLog;
    private TensorBoardLog tensorboard;
    private long nextMetricsStep;
    private long lastMetricsStep;
    private double lastMetricsSeconds;
    private double wallOffset;
    private long startNanos;
    private Path lastCheckpoint;

    private TrainingRun(RunConfig config, RunDirectory dir, ProgressReporter progress) {
        this.config = config;
        this.run = config.run();
        this.dir = dir;
        this.progress = progress;
        this.algorithm = Algorithms.get(run.algo());
        this.stats = new EpisodeStats(Envs.spec(run.env()).rewardThreshold());
        this.env = new RecordEpisodeStatistics(Envs.makeVec(run.env(), run.numEnvs()), this::onEpisode);
        env.reset(run.seed());
        this.learner = createLearner(algorithm, config, env);
        this.metrics = new Metrics(learner.metricNames(), env::step);
        this.nextMetricsStep = run.metricsEvery();
    }

    private static <H extends Record> Learner createLearner(
            Algorithm<H> algorithm, RunConfig config, RecordEpisodeStatistics env) {
        return algorithm.createLearner(config.run(), config.hyperparameters(algorithm), env);
    }

    /**
     * Trains a new run in {@code dir} (created if needed; it must not hold a run with checkpoints
     * already). Every setting is checked, by building the environment and the learner, before
     * anything is written; the run then holds the directory's {@link RunLock} until it ends.
     */
    public static Summary train(RunConfig config, Path dir, ProgressReporter progress) {
        RunDirectory rd = new RunDirectory(dir);
        rd.requireNoRun();
        MemoryBudget.require(config);
        TrainingRun tr = new TrainingRun(config, rd, progress);
        try (tr.learner;
                RunLock lock = RunLock.acquire(rd)) {
            rd.requireNoRun();
            CheckpointFiles.deleteTemporaryFiles(rd);
            AtomicFiles.writeString(rd.config(), Config.toYaml(config.toMap()));
            tr.openLogs(List.of(), List.of());
            return tr.loop();
        } finally {
            tr.env.close();
        }
    }

    /**
     * Continues the run in {@code dir} from its latest readable periodic checkpoint (a corrupt
     * later one is skipped with a warning), holding the directory's {@link RunLock}.
     */
    public static Summary resume(Path dir, ProgressReporter progress) {
        RunDirectory rd = new RunDirectory(dir);
        if (!Files.isRegularFile(rd.config())) {
            throw new IllegalArgumentException(dir + " is not a run directory: it has no config.yaml");
        }
        try (RunLock lock = RunLock.acquire(rd)) {
            CheckpointFiles.Loaded latest = CheckpointFiles.forResume(rd);
            RunConfig config =
                    RunConfig.fromMap(Config.readYaml(rd.config()), rd.config().toString());
            MemoryBudget.require(config);
            TrainingRun tr = new TrainingRun(config, rd, progress);
            try (tr.learner) {
                Checkpoint state = latest.checkpoint();
                long step = state.getLong("run.step");
                List<Map<String, Object>> oldMetrics = rowsUpTo(rd.metricsArrow(), step);
                List<Map<String, Object>> oldEpisodes = rowsUpTo(rd.episodesArrow(), step);
                tr.restore(state);
                tr.lastCheckpoint = latest.file();
                LOG.info("resuming {} from {} (step {})", dir, latest.file().getFileName(), step);
                tr.openLogs(oldMetrics, oldEpisodes);
                return tr.loop();
            } finally {
                tr.env.close();
            }
        }
    }

    private static List<Map<String, Object>> rowsUpTo(Path arrow, long step) {
        if (!Files.isRegularFile(arrow)) {
            return List.of();
        }
        return ArrowTables.read(arrow).stream()
                .filter(r -> ((Number) r.get("step")).longValue() <= step)
                .toList();
    }

    private void openLogs(List<Map<String, Object>> oldMetrics, List<Map<String, Object>> oldEpisodes) {
        List<Column> metricColumns =
                new ArrayList<>(List.of(Column.ofLong("step"), Column.ofDouble("wall_time"), Column.ofDouble("sps")));
        learner.metricNames().forEach(n -> metricColumns.add(Column.ofDouble(n)));
        metricsLog = new TableLog(dir.metricsArrow(), dir.metricsCsv(), metricColumns, 1000);
        episodesLog = new TableLog(
                dir.episodesArrow(),
                dir.episodesCsv(),
                List.of(
                        Column.ofLong("step"),
                        Column.ofDouble("wall_time"),
                        Column.ofDouble("return"),
                        Column.ofLong("length")),
                1000);
        oldMetrics.forEach(r -> metricsLog.append(r.values().toArray()));
        oldEpisodes.forEach(r -> episodesLog.append(r.values().toArray()));
        tensorboard = TensorBoardLog.open(
                run.tensorboard(), dir.tensorboard(), learner.metricNames(), oldMetrics, oldEpisodes);
    }

    private Summary loop() {
        Thread hook = new Thread(this::closeLogs, "vecrl-close-logs");
        Runtime.getRuntime().addShutdownHook(hook);
        startNanos = System.nanoTime();
        lastMetricsSeconds = wallOffset;
        try {
            long nextCheckpoint = (env.step() / run.checkpointEvery() + 1) * run.checkpointEvery();
            while (env.step() + learner.nextIterationSteps() <= run.totalTimesteps()) {
                iterate();
                if (env.step() >= nextMetricsStep) {
                    writeMetricsRow();
                    nextMetricsStep = (env.step() / run.metricsEvery() + 1) * run.metricsEvery();
                }
                progress.update(env.step(), run.totalTimesteps(), wallSeconds(), sps(), stats.meanReturn());
                if (env.step() >= nextCheckpoint && env.step() + learner.nextIterationSteps() <= run.totalTimesteps()) {
                    saveCheckpoint(dir.checkpoint(env.step()));
                    CheckpointFiles.prune(dir, run.keepCheckpoints());
                    nextCheckpoint = (env.step() / run.checkpointEvery() + 1) * run.checkpointEvery();
                }
            }
            if (lastMetricsStep < env.step()) {
                writeMetricsRow();
            }
            saveCheckpoint(dir.finalCheckpoint());
            progress.finish(env.step(), run.totalTimesteps(), wallSeconds(), sps(), stats.meanReturn());
            return writeSummary(evaluate(), false);
        } catch (DivergenceException e) {
            writeSummary(null, true);
            throw e.withDetail("; training stopped, "
                    + (lastCheckpoint == null
                            ? "no checkpoint was written"
                            : "the last good checkpoint is " + lastCheckpoint));
        } finally {
            closeLogs();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                LOG.debug("JVM is shutting down; the hook closes the logs", shuttingDown);
            }
        }
    }

    private void iterate() {
        try {
            learner.iterate(metrics);
        } catch (NonFiniteException e) {
            throw metrics.diverged(e.quantity(), e.value());
        }
    }

    /** The end-of-run evaluation of the final policy (deterministic, frozen statistics), or null when disabled. */
    private Evaluation evaluate() {
        if (run.evalEpisodes() == 0) {
            return null;
        }
        return Evaluation.of(run.env(), learner.policy(), run.evalEpisodes(), true, Seeding.derive(run.seed(), "eval"));
    }

    private void onEpisode(long step, double episodeReturn, long length) {
        double t = wallSeconds();
        stats.add(step, t, episodeReturn);
        episodesLog.append(step, t, episodeReturn, length);
        tensorboard.episode(step, t, episodeReturn, length);
    }

    private void writeMetricsRow() {
        double t = wallSeconds();
        double dt = t - lastMetricsSeconds;
        double sps = dt > 0 ? (env.step() - lastMetricsStep) / dt : 0;
        Double[] means = metrics.takeRow();
        Object[] row = new Object[3 + means.length];
        row[0] = env.step();
        row[1] = t;
        row[2] = sps;
        System.arraycopy(means, 0, row, 3, means.length);
        metricsLog.append(row);
        warnings.check(env.step(), metrics.names(), means);
        tensorboard.metrics(row);
        lastMetricsStep = env.step();
        lastMetricsSeconds = t;
    }

    private void saveCheckpoint(Path file) {
        Checkpoint a = new Checkpoint();
        a.putString("run.algo", run.algo());
        a.putConfig(Config.toYaml(config.toMap()));
        a.putLong("run.step", env.step());
        a.putDouble("run.wall_seconds", wallSeconds());
        a.putLong("run.next_metrics_step", nextMetricsStep);
        a.putLong("run.last_metrics_step", lastMetricsStep);
        env.saveState(a, RECORDER);
        stats.save(a);
        metrics.save(a);
        learner.save(a);
        metricsLog.flush();
        episodesLog.flush();
        a.save(file);
        lastCheckpoint = file;
    }

    private void restore(Checkpoint a) {
        env.restoreState(a, RECORDER);
        if (!env.envStateRestored()) {
            LOG.warn(
                    "{} cannot save its state: resuming with freshly reset environments, so this run will not repeat "
                            + "the uninterrupted one exactly",
                    env);
            env.reset(Seeding.derive(run.seed(), "resume-" + a.getLong("run.step")));
        }
        stats.restore(a);
        metrics.restore(a);
        learner.restore(a);
        nextMetricsStep = a.getLong("run.next_metrics_step");
        lastMetricsStep = a.getLong("run.last_metrics_step");
        wallOffset = a.getDouble("run.wall_seconds");
    }

    private double wallSeconds() {
        return wallOffset + (System.nanoTime() - startNanos) / 1e9;
    }

    private double sps() {
        double t = wallSeconds();
        return t > 0 ? env.step() / t : 0;
    }

    private Summary writeSummary(Evaluation eval, boolean diverged) {
        double t = wallSeconds();
        Summary s = new Summary(
                run.algo(),
                run.env(),
                run.seed(),
                env.step(),
                t,
                t > 0 ? env.step() / t : 0,
                stats.meanReturn(),
                stats.best(),
                stats.threshold(),
                stats.stepsToThreshold(),
                stats.secondsToThreshold(),
                eval == null ? null : eval.returns().length,
                eval == null ? null : eval.mean(),
                eval == null ? null : eval.std(),
                diverged);
        Json.writeFile(dir.summary(), s);
        return s;
    }

    private void closeLogs() {
        if (metricsLog != null) {
            metricsLog.close();
        }
        if (episodesLog != null) {
            episodesLog.close();
        }
        if (tensorboard != null) {
            tensorboard.close();
        }
    }
}
