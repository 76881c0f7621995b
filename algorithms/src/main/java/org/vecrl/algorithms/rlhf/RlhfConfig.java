package org.vecrl.algorithms.rlhf;

import java.util.List;
import java.util.Map;
import org.vecrl.algorithms.train.ConfigLayers;
import org.vecrl.algorithms.train.Default;

/**
 * The settings of an RLHF run, the curriculum's {@code RLHFArgs} (§4.2) with its defaults; {@code reward}
 * names the reward function ({@link RewardFunction#parse}: {@code period}, the curriculum's example,
 * {@code char:X}, {@code regex:PATTERN} or {@code model:DIR}). The prompt is {@code prefix} in the model's tokenizer, without a BOS token (VecRL's
 * character tokenizer has none).
 *
 * @param seed seeds the value head, the sampling and the minibatch permutations
 * @param totalPhases rollout + learning phases
 * @param batchSize sequences per rollout
 * @param numMinibatches minibatches per pass over a rollout
 * @param batchesPerLearningPhase passes over each rollout
 * @param baseLr learning rate of the language model
 * @param headLr learning rate of the value head
 * @param maxGradNorm clip the global gradient norm of model and head to this
 * @param warmupSteps phases of linear warm-up of the learning rates
 * @param finalScale learning-rate multiplier reached at the last phase
 * @param clipCoef PPO clip range
 * @param vfCoef value-loss coefficient
 * @param entCoef entropy-bonus coefficient
 * @param klCoef KL-penalty coefficient (0: no penalty)
 * @param genLen tokens generated per sequence
 * @param temperature sampling temperature
 * @param topK sample among the K most likely tokens
 * @param prefix the prompt
 * @param reward the reward function: {@code period}, {@code char:X}, {@code regex:PATTERN} or {@code model:DIR}
 * @param normalizeReward normalise each rollout's rewards to mean 0 and std 1
 * @param advantageEstimator {@code td} (the curriculum's) or {@code gae}
 * @param gaeLambda GAE's λ (with {@code gae})
 * @param klTarget 0: a fixed kl_coef; else the adaptive controller's target KL (kl_coef is its start)
 * @param klHorizon the adaptive controller's horizon in samples
 * @param frozenLayers train neither the embeddings nor the first this many blocks
 * @param algorithm {@code ppo} (the curriculum's core) or {@code grpo}
 * @param klEstimator {@code full} (the curriculum's KL term) or TRL's per-token {@code k1} / {@code k3} folded
 *     into the rewards (PPO only; the advantages then come from GAE over the per-token rewards)
 * @param layerLrDecay per-layer learning rates: block l of L trains at base_lr · decay^(L-1-l), the
 *     embeddings at base_lr · decay^L, ln_f at base_lr (1: one rate for the whole model)
 * @param loraRank 0: train the whole model (the curriculum's core); else the rank of LoRA adapters (§6.3,
 *     {@code RLHFArgsLora}) on q, k, v and the attention output, the only weights of the model trained (at
 *     base_lr), with the model without them as the reference (no copy)
 * @param loraAlpha the adapters' alpha (their output scaled by alpha / rank)
 * @param loraMlp adapters on the MLP's two projections too
 * @param checkpointEvery phases between periodic checkpoints (a run resumes from the latest)
 * @param keepCheckpoints periodic checkpoints kept on disk, the latest ones (0 = all)
 */
public record RlhfConfig(
        @Default("1") long seed,
        @Default("100") int totalPhases,
        @Default("128") int batchSize,
        @Default("4") int numMinibatches,
        @Default("2") int batchesPerLearningPhase,
        @Default("2e-5") double baseLr,
        @Default("5e-4") double headLr,
        @Default("1.0") double maxGradNorm,
        @Default("20") int warmupSteps,
        @Default("0.1") double finalScale,
        @Default("0.2") double clipCoef,
        @Default("0.15") double vfCoef,
        @Default("0.001") double entCoef,
        @Default("2.5") double klCoef,
        @Default("30") int genLen,
        @Default("1.0") double temperature,
        @Default("10") int topK,
        @Default("This is") String prefix,
        @Default("period") String reward,
        @Default("true") boolean normalizeReward,
        @Default("td") AdvantageEstimator advantageEstimator,
        @Default("0.95") double gaeLambda,
        @Default("0") double klTarget,
        @Default("10000") double klHorizon,
        @Default("0") int frozenLayers,
        @Default("ppo") Algorithm algorithm,
        @Default("full") KlEstimator klEstimator,
        @Default("1.0") double layerLrDecay,
        @Default("0") int loraRank,
        @Default("32") double loraAlpha,
        @Default("false") boolean loraMlp,
        @Default("10") int checkpointEvery,
        @Default("3") int keepCheckpoints) {

    /** Where the KL to the reference enters PPO. */
    public enum KlEstimator {
        /** The curriculum's: the exact full-vocabulary KL as a penalty term of the objective. */
        FULL,
        /** TRL's k1: -kl_coef·(log p - log q) of each sampled token added to its reward; no KL term. */
        K1,
        /** TRL's k3: -kl_coef·((q/p - 1) - log(q/p)) of each sampled token added to its reward; no KL term. */
        K3
    }

    /** The policy-gradient algorithm. */
    public enum Algorithm {
        /** The curriculum's PPO with a value head. */
        PPO,
        /**
         * GRPO (curriculum §6.3): no value loss; every generated token's advantage is its sequence's reward
         * normalised within the batch (the group of samples of the one prompt); objective L_clip + S - KL.
         */
        GRPO
    }

    /** How the advantages of generated tokens are estimated. */
    public enum AdvantageEstimator {
        /** The curriculum's one-step TD difference. */
        TD,
        /** Generalised advantage estimation over the generated tokens, γ = 1 and λ = gae_lambda (TRL's). */
        GAE
    }

    /** Validates every key (the curriculum's checks included); the error names the key and its value. */
    public RlhfConfig {
        if (totalPhases <= warmupSteps) {
            throw new IllegalArgumentException(
                    "total_phases=" + totalPhases + ": expected more than warmup_steps=" + warmupSteps);
        }
        if (warmupSteps < 0 || batchSize < 1 || numMinibatches < 1 || batchesPerLearningPhase < 1 || genLen < 1) {
            throw new IllegalArgumentException("warmup_steps=" + warmupSteps + ", batch_size=" + batchSize
                    + ", num_minibatches=" + numMinibatches + ", batches_per_learning_phase=" + batchesPerLearningPhase
                    + ", gen_len=" + genLen + ": expected warmup_steps >= 0 and the others >= 1");
        }
        if (batchSize % numMinibatches != 0) {
            throw new IllegalArgumentException(
                    "batch_size=" + batchSize + ": expected a multiple of num_minibatches=" + numMinibatches);
        }
        if (!(baseLr >= 0) || !(headLr >= 0) || !(finalScale >= 0) || !(maxGradNorm >= 0)) {
            throw new IllegalArgumentException("base_lr=" + baseLr + ", head_lr=" + headLr + ", final_scale="
                    + finalScale + ", max_grad_norm=" + maxGradNorm + ": expected numbers >= 0");
        }
        if (prefix == null || prefix.isEmpty()) {
            throw new IllegalArgumentException("prefix is empty: expected a prompt of at least one token");
        }
        RewardFunction.validate(reward);
        if (advantageEstimator == null || !(gaeLambda >= 0 && gaeLambda <= 1)) {
            throw new IllegalArgumentException("advantage_estimator=" + advantageEstimator + ", gae_lambda=" + gaeLambda
                    + ": expected td or gae and a lambda in [0, 1]");
        }
        if (!(klTarget >= 0) || !(klHorizon > 0) || frozenLayers < 0) {
            throw new IllegalArgumentException(
                    "kl_target=" + klTarget + ", kl_horizon=" + klHorizon + ", frozen_layers=" + frozenLayers
                            + ": expected kl_target >= 0, kl_horizon > 0 and frozen_layers >= 0");
        }
        new RlhfObjective(clipCoef, vfCoef, entCoef, klCoef, true);
        if (!(layerLrDecay > 0 && layerLrDecay <= 1)) {
            throw new IllegalArgumentException("layer_lr_decay=" + layerLrDecay + ": expected in (0, 1]");
        }
        if (loraRank < 0 || !(loraAlpha > 0)) {
            throw new IllegalArgumentException("lora_rank=" + loraRank + ", lora_alpha=" + loraAlpha
                    + ": expected lora_rank >= 0 (0: no LoRA) and lora_alpha > 0");
        }
        if (checkpointEvery < 1 || keepCheckpoints < 0) {
            throw new IllegalArgumentException("checkpoint_every=" + checkpointEvery + ", keep_checkpoints="
                    + keepCheckpoints + ": expected checkpoint_every >= 1 and keep_checkpoints >= 0");
        }
        if (algorithm == null || klEstimator == null) {
            throw new IllegalArgumentException("algorithm and kl_estimator must be set: ppo or grpo, full, k1 or k3");
        }
    }

    /** The classpath folder of the presets: {@code presets/rlhf/<name>.yaml}. */
    public static final String PRESETS = "presets/rlhf/";

    /**
     * Resolves a config from layers, each overriding the one before: the curriculum's defaults, the preset
     * {@code presets/rlhf/<preset>.yaml} (null: none), {@code flags} (command-line options as config keys) and
     * {@code --set key=value} strings. An unknown preset or key is an error naming it.
     */
    public static RlhfConfig resolve(String preset, Map<String, Object> flags, List<String> sets) {
        return ConfigLayers.resolve(RlhfConfig.class, "RLHF", PRESETS, preset, flags, sets);
    }

    /** Reads back the map of an rlhf.yaml written by a run; keys it lacks take their defaults. */
    public static RlhfConfig fromMap(Map<String, Object> map, String source) {
        return ConfigLayers.fromMap(RlhfConfig.class, map, source);
    }

    /** The multiplier of both learning rates at phase {@code step}: the curriculum's warm-up and linear decay. */
    public double lrScale(int step) {
        if (step < 0 || step > totalPhases) {
            throw new IllegalArgumentException("step " + step + " is outside [0, " + totalPhases + "]");
        }
        if (step < warmupSteps) {
            return (double) step / warmupSteps;
        }
        return 1 - (1 - finalScale) * (step - warmupSteps) / (totalPhases - warmupSteps);
    }

    /** The objective's coefficients with KL coefficient {@code kl} (kl_coef, or the adaptive controller's value). */
    public RlhfObjective objective(double kl) {
        boolean grpo = algorithm == Algorithm.GRPO;
        double penalty = klEstimator == KlEstimator.FULL ? kl : 0;
        return new RlhfObjective(clipCoef, grpo ? 0 : vfCoef, entCoef, penalty, !grpo);
    }
}
