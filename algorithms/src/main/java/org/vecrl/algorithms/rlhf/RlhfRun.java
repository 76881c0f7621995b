package org.vecrl.algorithms.rlhf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.vecrl.algorithms.lm.LanguageModel;
import org.vecrl.algorithms.lm.ModelFile;
import org.vecrl.algorithms.train.Config;
import org.vecrl.algorithms.train.RunDirectory;
import org.vecrl.algorithms.train.RunLock;
import org.vecrl.core.io.AtomicFiles;
import org.vecrl.core.io.Json;
import org.vecrl.core.io.TableLog;
import org.vecrl.core.io.TableLog.Column;
import org.vecrl.core.plot.LineChart;
import org.vecrl.nn.gpt.SafeTensors;

/**
 * One RLHF run on disk: {@value #CONFIG} (the settings), {@code metrics.arrow}/{@code .csv} (one row per
 * phase: mean reward before normalisation, the objective's terms, the mean KL and its coefficient, the
 * samples' mean reference log-prob, the seconds of generation, scoring and update), {@code samples.arrow}/{@code
 * .csv} (phase, sample, text, reward, reference log-prob of the generated tokens), {@value #REWARD_PLOT} and
 * {@value #KL_PLOT}, and at the end the fine-tuned model
 * as a pretraining run directory has it ({@code model.safetensors} and the tokenizer's files, so {@code
 * vecrl lm sample} reads it), {@value #VALUE_HEAD}, with LoRA {@value #LORA} (model.safetensors then holds the adapters merged into the base),
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

    private RlhfRun() {}

    private static void plot(List<RlhfTrainer.Phase> phases, Path dir) {
        double[] x = new double[phases.size()];
        double[] reward = new double[x.length];
        double[] kl = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = phases.get(i).phase() + 1;
            reward[i] = phases.get(i).meanReward();
            kl[i] = phases.get(i).meanKl();
        }
        LineChart rewards = new LineChart("Mean reward per phase (before normalisation)", "phase", "reward");
        rewards.add("mean reward", x, reward);
        rewards.savePng(dir.resolve(REWARD_PLOT));
        LineChart kls = new LineChart("Mean KL(policy || reference) per generated token", "phase", "KL (nats)");
        kls.add("mean KL", x, kl);
        kls.savePng(dir.resolve(KL_PLOT));
    }

    /** Runs {@code config} on {@code lm} (trained in place) into {@code dir}, each phase also handed to {@code onPhase}. */
    public static Summary run(LanguageModel lm, RlhfConfig config, Path dir, Consumer<RlhfTrainer.Phase> onPhase) {
        RlhfTrainer trainer = new RlhfTrainer(lm, config);
        RunDirectory rd = new RunDirectory(dir);
        if (Files.exists(dir.resolve(CONFIG))) {
            throw new IllegalArgumentException(dir + " already holds an RLHF run (" + CONFIG + "): use another --out");
        }
        long start = System.nanoTime();
        try (RunLock lock = RunLock.acquire(rd)) {
            AtomicFiles.writeString(dir.resolve(CONFIG), Config.toYaml(Config.toMap(config)));
            List<RlhfTrainer.Phase> phases;
            try (TableLog log = new TableLog(
                            rd.metricsArrow(),
                            rd.metricsCsv(),
                            List.of(
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
                                    Column.ofDouble("generation_tokens_per_second")),
                            100);
                    TableLog samples = new TableLog(
                            dir.resolve(SAMPLES + ".arrow"),
                            dir.resolve(SAMPLES + ".csv"),
                            List.of(
                                    Column.ofLong("phase"),
                                    Column.ofLong("sample"),
                                    Column.ofString("text"),
                                    Column.ofDouble("reward"),
                                    Column.ofDouble("ref_logprob")),
                            1000)) {
                phases = trainer.train(p -> {
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
                        samples.append(
                                (long) p.phase(), (long) i, p.samples().get(i), p.rewards()[i], p.refLogProbs()[i]);
                    }
                    onPhase.accept(p);
                });
            }
            plot(phases, dir);
            ModelFile.save(trainer.policy(), dir.resolve(ModelFile.NAME));
            if (trainer.policy().lora() != null) {
                trainer.policy().lora().save(dir.resolve(LORA));
            }
            lm.tokenizer().save(dir);
            SafeTensors.write(dir.resolve(VALUE_HEAD), trainer.valueHead().tensors(), Map.of("format", "pt"));
            RlhfTrainer.Phase last = phases.get(phases.size() - 1);
            Summary s = new Summary(
                    phases.size(),
                    phases.get(0).meanReward(),
                    last.meanReward(),
                    last.klPenalty(),
                    (System.nanoTime() - start) / 1e9,
                    trainer.trainableParameters());
            Json.writeFile(rd.summary(), s);
            return s;
        }
    }
}
