package org.vecrl.algorithms.rlhf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import org.vecrl.algorithms.lm.LanguageModel;
import org.vecrl.algorithms.lm.ModelFile;
import org.vecrl.algorithms.train.CheckpointFiles;
import org.vecrl.algorithms.train.Config;
import org.vecrl.algorithms.train.RunDirectory;
import org.vecrl.algorithms.train.RunLock;
import org.vecrl.core.io.ArrowTables;
import org.vecrl.core.io.AtomicFiles;
import org.vecrl.core.io.Json;
import org.vecrl.core.io.TableLog;
import org.vecrl.core.io.TableLog.Column;
import org.vecrl.core.plot.LineChart;
import org.vecrl.nn.Checkpoint;
import org.vecrl.nn.gpt.GptModel;
import org.vecrl.nn.gpt.SafeTensors;
import org.vecrl.nn.gpt.Tensor;

/**
 * One RLHF run on disk: {@value #CONFIG} (the settings), {@code metrics.arrow}/{@code .csv} (one row per
 * phase: mean reward before normalisation, the objective's terms, the mean KL and its coefficient, the
 * samples' mean reference log-prob, the seconds of generation, scoring and update), {@code samples.arrow}/{@code
 * .csv} (phase, sample, text, reward, reference log-prob of the generated tokens), {@value #REWARD_PLOT} and
 * {@value #KL_PLOT}, and at the end the fine-tuned model
 * as a pretraining run directory has it ({@code model.safetensors} and the tokenizer's files, so {@code
 * vecrl lm sample} reads it), checkpoints/ (every checkpoint_every phases and at the end: the trained tensors,
 * AdamW's state, the KL coefficient and the generators, so {@link #resume} continues exactly), {@value #VALUE_HEAD}, with LoRA {@value #LORA} (model.safetensors then holds the adapters merged into the base),
 * and {@code summary.json}. The model, the prompt and the
 * settings are checked before anything is written; the run holds the directory's lock.
 */
public final class RlhfRun {
    /** The settings file (not config.yaml, which would make the folder look like a pretraining run). */
    public static final String CONFIG = "rlhf.yaml";
    /** The base name of the samples table (Arrow + CSV): every sample of every phase. */
    public static final String SAMPLES = "samples";
    /** The LoRA adapters' tensors (runs with lora_rank > 0; model.safetensors has them merged). */
    public static final String LORA = "lora.safetensors";
    /** The value head's tensors. */
    public static final String VALUE_HEAD = "value_head.safetensors";

    /**
     * The outcome: first and last phase's mean reward and KL penalty, the wall time, and the number of trained
     * parameters (model or adapters, and value head).
     */
    public record Summary(
            int phases,
            double initialMeanReward,
            double finalMeanReward,
            double finalKlPenalty,
            double wallSeconds,
            long trainableParameters) {}

    /** The reward curve's file name. */
    public static final String REWARD_PLOT = "reward.png";
    /** The KL curve's file name. */
    public static final String KL_PLOT = "kl.png";

    private static final List<Column> METRICS = List.of(
            Column.ofLong("phase"),
            Column.ofDouble("mean_reward"),
            Column.ofDouble("objective"),
            Column.ofDouble("clipped_surrogate"),
            Column.ofDouble("value_loss"),
            Column.ofDouble("entropy_bonus"),
            Column.ofDouble("kl_penalty"),
            Column.ofDouble("mean_kl"),
            Column.ofDouble("kl_coef"),
            Column.ofDouble("clip_fraction"),
            Column.ofDouble("mean_ref_logprob"),
            Column.ofDouble("generation_seconds"),
            Column.ofDouble("scoring_seconds"),
            Column.ofDouble("update_seconds"),
            Column.ofDouble("generation_tokens_per_second"));
    private static final List<Column> SAMPLE_COLUMNS = List.of(
            Column.ofLong("phase"),
            Column.ofLong("sample"),
            Column.ofString("text"),
            Column.ofDouble("reward"),
            Column.ofDouble("ref_logprob"));

    /** One phase's row of the reward and KL curves. */
    private record Point(double phase, double meanReward, double meanKl) {}

    private static void plot(List<Point> points, Path dir) {
        double[] x = points.stream().mapToDouble(p -> p.phase() + 1).toArray();
        double[] reward = points.stream().mapToDouble(Point::meanReward).toArray();
        double[] kl = points.stream().mapToDouble(Point::meanKl).toArray();
        LineChart rewards = new LineChart("Mean reward per phase (before normalisation)", "phase", "reward");
        rewards.add("mean reward", x, reward);
        rewards.savePng(dir.resolve(REWARD_PLOT));
        LineChart kls = new LineChart("Mean KL(policy || reference) per generated token", "phase", "KL (nats)");
        kls.add("mean KL", x, kl);
        kls.savePng(dir.resolve(KL_PLOT));
    }

    /**
     * Runs {@code config} on {@code lm} (loaded from {@code modelSource}, which a resume reads again; trained in
     * place unless LoRA) into {@code dir}, each phase also handed to {@code onPhase}; the KL reference is the
     * starting model.
     */
    public static Summary run(
            LanguageModel lm, Path modelSource, RlhfConfig config, Path dir, Consumer<RlhfTrainer.Phase> onPhase) {
        return run(lm, modelSource, null, config, dir, onPhase);
    }

    /**
     * {@link #run(LanguageModel, Path, RlhfConfig, Path, Consumer)} with the KL reference read from {@code
     * reference} (a model folder or file of the policy's architecture; null: the starting model).
     */
    public static Summary run(
            LanguageModel lm,
            Path modelSource,
            Path reference,
            RlhfConfig config,
            Path dir,
            Consumer<RlhfTrainer.Phase> onPhase) {
        long checksum = checksum(lm.model());
        RlhfTrainer trainer = new RlhfTrainer(lm, referenceModel(reference), config);
        RunDirectory rd = new RunDirectory(dir);
        if (Files.exists(dir.resolve(CONFIG))) {
            throw new IllegalArgumentException(dir + " already holds an RLHF run (" + CONFIG + "): use another --out"
                    + " or continue it with --resume");
        }
        try (RunLock lock = RunLock.acquire(rd)) {
            CheckpointFiles.deleteTemporaryFiles(rd);
            AtomicFiles.writeString(dir.resolve(CONFIG), Config.toYaml(Config.toMap(config)));
            Source source = new Source(
                    modelSource.toAbsolutePath().toString(),
                    checksum,
                    reference == null ? "" : reference.toAbsolutePath().toString());
            return new RlhfRun(lm, trainer, config, rd, source, 0).loop(List.of(), List.of(), onPhase);
        }
    }

    /**
     * Continues the unfinished RLHF run in {@code dir} from its latest readable periodic checkpoint, with the model
     * it started from ({@code model}, or the path the checkpoint records when null; a model whose weights differ
     * is an error): the remaining phases are those the uninterrupted run would have run, bit for bit.
     */
    public static Summary resume(Path dir, Path model, Consumer<RlhfTrainer.Phase> onPhase) {
        RunDirectory rd = new RunDirectory(dir);
        if (!Files.isRegularFile(dir.resolve(CONFIG))) {
            throw new IllegalArgumentException(dir + " is not an RLHF run directory: it has no " + CONFIG);
        }
        try (RunLock lock = RunLock.acquire(rd)) {
            Checkpoint state = CheckpointFiles.forResume(rd).checkpoint();
            RlhfConfig config = RlhfConfig.fromMap(
                    Config.readYaml(dir.resolve(CONFIG)), dir.resolve(CONFIG).toString());
            Path source = model != null ? model : Path.of(state.getString("rlhf.model"));
            LanguageModel lm = LanguageModel.load(source, null);
            long checksum = checksum(lm.model());
            if (checksum != state.getLong("rlhf.model_crc")) {
                throw new IllegalArgumentException("model " + source + " is not the one run " + dir
                        + " started from (its weights' CRC32C differs): expected the same model");
            }
            String reference = state.getString("rlhf.reference");
            RlhfTrainer trainer =
                    new RlhfTrainer(lm, referenceModel(reference.isEmpty() ? null : Path.of(reference)), config);
            trainer.restore(state);
            int done = trainer.phasesDone();
            RlhfRun run = new RlhfRun(
                    lm,
                    trainer,
                    config,
                    rd,
                    new Source(source.toAbsolutePath().toString(), checksum, reference),
                    state.getDouble("rlhf.wall_seconds"));
            return run.loop(
                    rowsBefore(rd.metricsArrow(), done), rowsBefore(dir.resolve(SAMPLES + ".arrow"), done), onPhase);
        }
    }

    /**
     * Where the run's models came from: the starting model's path and the CRC32C of its weights, and the
     * reference's path ("" when the reference is the starting model).
     */
    private record Source(String path, long checksum, String reference) {}

    private static GptModel referenceModel(Path reference) {
        return reference == null ? null : LanguageModel.load(reference, null).model();
    }

    private final LanguageModel lm;
    private final RlhfTrainer trainer;
    private final RlhfConfig config;
    private final RunDirectory rd;
    private final Source source;
    private final double wallOffset;
    private final long startNanos = System.nanoTime();

    private RlhfRun(
            LanguageModel lm,
            RlhfTrainer trainer,
            RlhfConfig config,
            RunDirectory rd,
            Source source,
            double wallOffset) {
        this.lm = lm;
        this.trainer = trainer;
        this.config = config;
        this.rd = rd;
        this.source = source;
        this.wallOffset = wallOffset;
    }

    private static List<Map<String, Object>> rowsBefore(Path arrow, int phases) {
        return ArrowTables.read(arrow).stream()
                .filter(r -> ((Number) r.get("phase")).longValue() < phases)
                .toList();
    }

    private double wallSeconds() {
        return wallOffset + (System.nanoTime() - startNanos) / 1e9;
    }

    private Summary loop(
            List<Map<String, Object>> oldMetrics,
            List<Map<String, Object>> oldSamples,
            Consumer<RlhfTrainer.Phase> onPhase) {
        Path dir = rd.root();
        List<Point> points = new ArrayList<>();
        List<RlhfTrainer.Phase> ran;
        try (TableLog log = new TableLog(rd.metricsArrow(), rd.metricsCsv(), METRICS, 100);
                TableLog samples = new TableLog(
                        dir.resolve(SAMPLES + ".arrow"), dir.resolve(SAMPLES + ".csv"), SAMPLE_COLUMNS, 1000)) {
            for (Map<String, Object> r : oldMetrics) {
                log.append(r.values().toArray());
                points.add(new Point(
                        ((Number) r.get("phase")).doubleValue(),
                        ((Number) r.get("mean_reward")).doubleValue(),
                        ((Number) r.get("mean_kl")).doubleValue()));
            }
            for (Map<String, Object> r : oldSamples) {
                samples.append(r.values().toArray());
            }
            ran = trainer.train(p -> {
                log.append(
                        (long) p.phase(),
                        p.meanReward(),
                        p.objective(),
                        p.clippedSurrogate(),
                        p.valueLoss(),
                        p.entropyBonus(),
                        p.klPenalty(),
                        p.meanKl(),
                        p.klCoef(),
                        p.clipFraction(),
                        p.meanRefLogProb(),
                        p.generationSeconds(),
                        p.scoringSeconds(),
                        p.updateSeconds(),
                        p.generationTokensPerSecond(config.genLen()));
                for (int i = 0; i < p.samples().size(); i++) {
                    samples.append((long) p.phase(), (long) i, p.samples().get(i), p.rewards()[i], p.refLogProbs()[i]);
                }
                points.add(new Point(p.phase(), p.meanReward(), p.meanKl()));
                int done = trainer.phasesDone();
                if (done % config.checkpointEvery() == 0 && done < config.totalPhases()) {
                    log.flush();
                    samples.flush();
                    saveCheckpoint(rd.checkpoint(done));
                    CheckpointFiles.prune(rd, config.keepCheckpoints());
                }
                onPhase.accept(p);
            });
        }
        plot(points, dir);
        ModelFile.save(trainer.policy(), dir.resolve(ModelFile.NAME));
        if (trainer.policy().lora() != null) {
            trainer.policy().lora().save(dir.resolve(LORA));
        }
        lm.tokenizer().save(dir);
        SafeTensors.write(dir.resolve(VALUE_HEAD), trainer.valueHead().tensors(), Map.of("format", "pt"));
        // A resume runs at least one phase: periodic checkpoints come before the last one.
        RlhfTrainer.Phase last = ran.get(ran.size() - 1);
        Summary s = new Summary(
                points.size(),
                points.get(0).meanReward(),
                last.meanReward(),
                last.klPenalty(),
                wallSeconds(),
                trainer.trainableParameters());
        saveCheckpoint(rd.finalCheckpoint());
        Json.writeFile(rd.summary(), s);
        return s;
    }

    private void saveCheckpoint(Path file) {
        Checkpoint c = new Checkpoint();
        c.putConfig(Config.toYaml(Config.toMap(config)));
        c.putString("rlhf.model", source.path());
        c.putLong("rlhf.model_crc", source.checksum());
        c.putString("rlhf.reference", source.reference());
        c.putDouble("rlhf.wall_seconds", wallSeconds());
        trainer.save(c);
        c.save(file);
    }

    /** The CRC32C of every weight of {@code model}, in its tensors' order. */
    private static long checksum(GptModel model) {
        CRC32C crc = new CRC32C();
        ByteBuffer bytes = ByteBuffer.allocate(4 << 12).order(ByteOrder.LITTLE_ENDIAN);
        for (Tensor t : model.tensors().values()) {
            for (float v : t.data()) {
                if (!bytes.hasRemaining()) {
                    crc.update(bytes.flip());
                    bytes.clear();
                }
                bytes.putFloat(v);
            }
        }
        crc.update(bytes.flip());
        return crc.getValue();
    }
}
