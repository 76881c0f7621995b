package org.vecrl.algorithms.lm;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vecrl.algorithms.train.CheckpointFiles;
import org.vecrl.algorithms.train.Config;
import org.vecrl.algorithms.train.ProgressReporter;
import org.vecrl.algorithms.train.RunDirectory;
import org.vecrl.algorithms.train.RunLock;
import org.vecrl.core.env.Seeding;
import org.vecrl.core.env.SplitMix64;
import org.vecrl.core.io.ArrowTables;
import org.vecrl.core.io.AtomicFiles;
import org.vecrl.core.io.Json;
import org.vecrl.core.io.TableLog;
import org.vecrl.core.io.TableLog.Column;
import org.vecrl.core.plot.LineChart;
import org.vecrl.core.text.Tokenizer;
import org.vecrl.nn.Checkpoint;
import org.vecrl.nn.GptEngines;
import org.vecrl.nn.gpt.GptAdamW;
import org.vecrl.nn.gpt.GptModel;
import org.vecrl.nn.gpt.GptTrainingPass;
import org.vecrl.nn.gpt.Tensor;

/**
 * Pretrains a GPT language model on a text file into a run directory, as nanoGPT's {@code train.py}: the
 * corpus is tokenized once and split 90/10 ({@link TokenSplits}); each iteration averages the gradients of
 * {@code gradient_accumulation_steps} micro-batches of random windows ({@link Windows}) and takes one
 * {@link GptAdamW} step at the scheduled learning rate ({@link LearningRateSchedule}); train and val loss are
 * estimated over {@code eval_iters} batches each before the first iteration, every {@code eval_interval}
 * iterations and at the end, from a stream of their own so that evaluating changes nothing in training.
 *
 * <p>The run directory ({@link RunDirectory}, held under its {@link RunLock}): config.yaml, the tokenizer's
 * files, {@value ModelFile#NAME} (rewritten at every checkpoint and at the end), metrics.arrow/.csv (one row per
 * iteration: {@code iter} iterations done, {@code tokens} trained on, the iteration's batch {@code loss},
 * {@code train_loss}/{@code val_loss} where an evaluation ran after it, else null, the {@code lr} it used,
 * {@code grad_norm} before clipping, {@code tokens_per_second} of its step and {@code wall_time}; row 0 holds the
 * evaluation before training), loss.png, checkpoints/ and summary.json.
 *
 * <p>Resume. A periodic checkpoint (every {@code checkpoint_every} iterations) holds the parameters, the
 * AdamW moments and step, both generators' states and the counters; writing it changes nothing in the run. A
 * resumed run continues exactly as the uninterrupted one (same final parameters, bit for bit, on the CPU). All
 * input (config, corpus, tokenizer) is checked before anything is written.
 */
public final class Pretraining {
    private static final Logger LOG = LoggerFactory.getLogger(Pretraining.class);
    /** The plot of the losses in the run directory. */
    public static final String LOSS_PLOT = "loss.png";

    private final PretrainConfig config;
    private final RunDirectory dir;
    private final ProgressReporter progress;
    private final Tokenizer tokenizer;
    private final TokenSplits data;
    private final Path corpus;
    private final long corpusChecksum;
    private final GptModel model;
    private final GptTrainingPass pass;
    private final GptAdamW adam;
    private final LearningRateSchedule schedule;
    private final SplitMix64 batches;
    private final SplitMix64 evalBatches;
    private final Map<String, Tensor> accumulated;
    private final int[] x;
    private final int[] y;
    private final List<double[]> evals = new ArrayList<>();
    private final List<double[]> losses = new ArrayList<>();
    private TableLog log;
    private int iter;
    private double wallOffset;
    private double trainSeconds;
    private long startNanos;

    private Pretraining(
            PretrainConfig config,
            RunDirectory dir,
            ProgressReporter progress,
            Path corpus,
            String text,
            Tokenizer tokenizer) {
        this.config = config;
        this.dir = dir;
        this.progress = progress;
        this.corpus = corpus;
        this.corpusChecksum = checksum(text);
        this.tokenizer = tokenizer;
        this.data = TokenSplits.of(tokenizer.encode(text), config.blockSize(), corpus.toString());
        this.model = GptModel.random(config.model(tokenizer.vocabSize()), config.seed());
        this.pass = GptEngines.trainingPass(
                config.engine(), model, config.batchSize(), config.blockSize(), config.dropout());
        this.adam = new GptAdamW(model, config.beta1(), config.beta2(), 1e-8, config.weightDecay(), config.gradClip());
        this.schedule = LearningRateSchedule.of(config);
        this.batches = Seeding.generator(config.seed(), "lm-batches");
        this.evalBatches = Seeding.generator(config.seed(), "lm-eval");
        this.accumulated = config.gradientAccumulationSteps() == 1 ? null : Tensor.zerosLike(model.tensors());
        this.x = new int[config.batchSize() * config.blockSize()];
        this.y = new int[x.length];
    }

    /**
     * Pretrains a new model on the UTF-8 text {@code corpus} into {@code dir} (created if needed; it must not
     * hold a run with checkpoints). The config, corpus and tokenizer are checked before anything is written.
     */
    public static PretrainSummary train(PretrainConfig config, Path corpus, Path dir, ProgressReporter progress) {
        RunDirectory rd = new RunDirectory(dir);
        rd.requireNoRun();
        String text = Corpus.read(corpus);
        Tokenizer tokenizer = TokenizerSpec.parse(config.tokenizer()).build(text);
        Pretraining p = new Pretraining(config, rd, progress, corpus.toAbsolutePath(), text, tokenizer);
        try (RunLock lock = RunLock.acquire(rd)) {
            rd.requireNoRun();
            CheckpointFiles.deleteTemporaryFiles(rd);
            AtomicFiles.writeString(rd.config(), Config.toYaml(config.toMap()));
            tokenizer.save(rd.root());
            p.openLog(List.of());
            return p.loop();
        }
    }

    /**
     * Continues the run in {@code dir} from its latest readable periodic checkpoint, reading the corpus it was
     * trained on again ({@code corpus}, or the path recorded in the checkpoint when null); a corpus whose
     * content changed is an error.
     */
    public static PretrainSummary resume(Path dir, Path corpus, ProgressReporter progress) {
        RunDirectory rd = new RunDirectory(dir);
        if (!Files.isRegularFile(rd.config())) {
            throw new IllegalArgumentException(dir + " is not a run directory: it has no config.yaml");
        }
        try (RunLock lock = RunLock.acquire(rd)) {
            CheckpointFiles.Loaded latest = CheckpointFiles.forResume(rd);
            Checkpoint state = latest.checkpoint();
            PretrainConfig config = PretrainConfig.fromMap(
                    Config.readYaml(rd.config()), rd.config().toString());
            Path file = corpus != null ? corpus : Path.of(state.getString("lm.corpus"));
            String text = Corpus.read(file);
            if (checksum(text) != state.getLong("lm.corpus_crc")) {
                throw new IllegalArgumentException("corpus " + file + " is not the text run " + dir
                        + " was trained on (its CRC32C differs): expected the same file");
            }
            Pretraining p =
                    new Pretraining(config, rd, progress, file.toAbsolutePath(), text, Tokenizer.load(rd.root()));
            p.restore(state);
            LOG.info("resuming {} from {} (iteration {})", dir, latest.file().getFileName(), p.iter);
            p.openLog(ArrowTables.read(rd.metricsArrow()).stream()
                    .filter(r -> ((Number) r.get("iter")).longValue() <= p.iter)
                    .toList());
            return p.loop();
        }
    }

    private void openLog(List<Map<String, Object>> oldRows) {
        log = new TableLog(
                dir.metricsArrow(),
                dir.metricsCsv(),
                List.of(
                        Column.ofLong("iter"),
                        Column.ofLong("tokens"),
                        Column.ofDouble("loss"),
                        Column.ofDouble("train_loss"),
                        Column.ofDouble("val_loss"),
                        Column.ofDouble("lr"),
                        Column.ofDouble("grad_norm"),
                        Column.ofDouble("tokens_per_second"),
                        Column.ofDouble("wall_time")),
                1000);
        for (Map<String, Object> r : oldRows) {
            Object[] row = r.values().toArray();
            log.append(row);
            remember(row);
        }
    }

    private PretrainSummary loop() {
        startNanos = System.nanoTime();
        int startIter = iter;
        try {
            if (iter == 0) {
                double[] e = evaluate();
                row(0, null, e, null, null, null);
            }
            while (iter < config.maxIters()) {
                double lr = schedule.at(iter);
                long t0 = System.nanoTime();
                double loss = accumulateGradients();
                double gradNorm = adam.step(accumulated == null ? pass.gradients() : accumulated, lr);
                double dt = (System.nanoTime() - t0) / 1e9;
                if (!Double.isFinite(gradNorm)) {
                    throw diverged("the gradient norm", gradNorm);
                }
                trainSeconds += dt;
                iter++;
                double[] e = iter % config.evalInterval() == 0 || iter == config.maxIters() ? evaluate() : null;
                row(iter, loss, e, lr, gradNorm, dt > 0 ? config.tokensPerIteration() / dt : null);
                progress.update(iter, config.maxIters(), wallSeconds(), status(loss, startIter));
                if (iter % config.checkpointEvery() == 0 && iter < config.maxIters()) {
                    saveCheckpoint(dir.checkpoint(iter));
                    CheckpointFiles.prune(dir, config.keepCheckpoints());
                }
            }
            saveCheckpoint(dir.finalCheckpoint());
            plot();
            progress.finish(
                    iter,
                    config.maxIters(),
                    wallSeconds(),
                    status(losses.isEmpty() ? Double.NaN : losses.get(losses.size() - 1)[1], startIter));
            return writeSummary();
        } finally {
            log.close();
        }
    }

    /** Runs the iteration's micro-batches; the averaged gradients are in pass.gradients() or accumulated. */
    private double accumulateGradients() {
        int steps = config.gradientAccumulationSteps();
        double lossSum = 0;
        for (int s = 0; s < steps; s++) {
            Windows.sample(data.train(), config.blockSize(), batches, x, y);
            pass.dropoutSeed(Seeding.derive(config.seed(), "lm-dropout-" + iter + "-" + s));
            double loss = pass.lossAndBackward(x, y);
            if (!Double.isFinite(loss)) {
                throw diverged("the loss", loss);
            }
            lossSum += loss;
            if (accumulated != null) {
                for (Map.Entry<String, Tensor> e : pass.gradients().entrySet()) {
                    float[] g = e.getValue().data();
                    float[] acc = accumulated.get(e.getKey()).data();
                    for (int i = 0; i < g.length; i++) {
                        acc[i] = s == 0 ? g[i] : acc[i] + g[i];
                    }
                }
            }
        }
        if (accumulated != null) {
            float scale = 1f / steps;
            for (Tensor t : accumulated.values()) {
                float[] acc = t.data();
                for (int i = 0; i < acc.length; i++) {
                    acc[i] *= scale;
                }
            }
        }
        return lossSum / steps;
    }

    private IllegalStateException diverged(String what, double value) {
        return new IllegalStateException(what + " is " + value + " at iteration " + iter
                + ": training diverged (try a lower learning_rate); the last checkpoint is in " + dir.checkpoints());
    }

    /** {train, val} mean losses over eval_iters batches each. */
    private double[] evaluate() {
        double train = Windows.meanLoss(
                pass, data.train(), config.batchSize(), config.blockSize(), config.evalIters(), evalBatches);
        double val = Windows.meanLoss(
                pass, data.val(), config.batchSize(), config.blockSize(), config.evalIters(), evalBatches);
        return new double[] {train, val};
    }

    private void row(int it, Double loss, double[] eval, Double lr, Double gradNorm, Double tokensPerSecond) {
        Object[] row = {
            (long) it,
            it * config.tokensPerIteration(),
            loss,
            eval == null ? null : eval[0],
            eval == null ? null : eval[1],
            lr,
            gradNorm,
            tokensPerSecond,
            wallSeconds()
        };
        log.append(row);
        remember(row);
    }

    /** Keeps what loss.png draws: the batch losses and the evaluations. */
    private void remember(Object[] row) {
        double it = ((Number) row[0]).doubleValue();
        if (row[2] != null) {
            losses.add(new double[] {it, ((Number) row[2]).doubleValue()});
        }
        if (row[3] != null && row[4] != null) {
            evals.add(new double[] {it, ((Number) row[3]).doubleValue(), ((Number) row[4]).doubleValue()});
        }
    }

    private String status(double loss, int startIter) {
        double elapsed = wallSeconds();
        double session = (System.nanoTime() - startNanos) / 1e9;
        double perIter = iter > startIter ? session / (iter - startIter) : Double.NaN;
        double eta = (config.maxIters() - iter) * perIter;
        return String.format(
                Locale.ROOT,
                "iter %,d/%,d  %,.0f tokens/s  loss %.4f  val loss %s  elapsed %s  ETA %s",
                iter,
                config.maxIters(),
                trainSeconds > 0 ? iter * config.tokensPerIteration() / trainSeconds : 0.0,
                loss,
                evals.isEmpty() ? "-" : String.format(Locale.ROOT, "%.4f", evals.get(evals.size() - 1)[2]),
                ProgressReporter.duration(elapsed),
                Double.isNaN(eta) ? "-" : ProgressReporter.duration(eta));
    }

    private void saveCheckpoint(Path file) {
        Checkpoint c = new Checkpoint();
        c.putConfig(Config.toYaml(config.toMap()));
        c.putLong("lm.iter", iter);
        c.putDouble("lm.wall_seconds", wallSeconds());
        c.putDouble("lm.train_seconds", trainSeconds);
        c.putLong("lm.rng.batches", batches.state());
        c.putLong("lm.rng.eval", evalBatches.state());
        c.putString("lm.corpus", corpus.toString());
        c.putLong("lm.corpus_crc", corpusChecksum);
        c.putTensors("model.", model.tensors());
        c.putOptimizer("adamw", adam.state());
        log.flush();
        ModelFile.save(model, dir.root().resolve(ModelFile.NAME));
        c.save(file);
    }

    private void restore(Checkpoint c) {
        iter = (int) c.getLong("lm.iter");
        wallOffset = c.getDouble("lm.wall_seconds");
        trainSeconds = c.getDouble("lm.train_seconds");
        batches.setState(c.getLong("lm.rng.batches"));
        evalBatches.setState(c.getLong("lm.rng.eval"));
        c.loadTensors("model.", model.tensors());
        adam.restore(c.getOptimizer("adamw"));
    }

    private void plot() {
        LineChart chart = new LineChart("Language model loss", "iteration", "cross-entropy (nats/token)");
        chart.add("batch loss", column(losses, 0), column(losses, 1));
        if (!evals.isEmpty()) {
            chart.add("train loss", column(evals, 0), column(evals, 1));
            chart.add("val loss", column(evals, 0), column(evals, 2));
        }
        chart.savePng(dir.root().resolve(LOSS_PLOT));
    }

    private static double[] column(List<double[]> points, int k) {
        return points.stream().mapToDouble(p -> p[k]).toArray();
    }

    private PretrainSummary writeSummary() {
        double[] last = evals.get(evals.size() - 1);
        long params = model.tensors().values().stream()
                .mapToLong(t -> t.data().length)
                .sum();
        long tokens = iter * config.tokensPerIteration();
        PretrainSummary s = new PretrainSummary(
                params,
                iter,
                tokens,
                last[1],
                last[2],
                Math.exp(last[2]),
                trainSeconds > 0 ? tokens / trainSeconds : 0,
                wallSeconds());
        Json.writeFile(dir.summary(), s);
        return s;
    }

    private double wallSeconds() {
        return wallOffset + (System.nanoTime() - startNanos) / 1e9;
    }

    private static long checksum(String text) {
        CRC32C crc = new CRC32C();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
