package org.vecrl.algorithms.rlhf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.vecrl.algorithms.lm.LanguageModel;
import org.vecrl.core.buffer.RolloutBuffer;
import org.vecrl.core.env.Seeding;
import org.vecrl.core.env.SplitMix64;
import org.vecrl.core.text.Tokenizer;
import org.vecrl.nn.Checkpoint;
import org.vecrl.nn.gpt.GptAdamW;
import org.vecrl.nn.gpt.GptLora;
import org.vecrl.nn.gpt.GptModel;
import org.vecrl.nn.gpt.GptValueHead;
import org.vecrl.nn.gpt.SamplingConfig;
import org.vecrl.nn.gpt.Tensor;
import org.vecrl.nn.gpt.TransformerWithValueHead;

/**
 * The curriculum's {@code RLHFTrainer} (§4.8): PPO on a pretrained language model with a value head and a
 * KL penalty to a frozen copy of the initial model (with LoRA, lora_rank > 0: the model itself, whose
 * weights stay frozen while adapters on it are trained). Each phase samples {@code batch_size} continuations of
 * the prompt through the KV cache, scores them with the reward function (normalised if asked), computes
 * one-step TD advantages from the values, then takes {@code batches_per_learning_phase} passes of {@code
 * num_minibatches} minibatches (a fresh permutation each), one AdamW step per minibatch (base model and
 * value head at their own learning rates, times the phase's warm-up/decay multiplier; global-norm
 * clipping over both). AdamW uses PyTorch's defaults (β 0.9/0.999, eps 1e-8, weight decay 0.01, here on
 * matrices only). Seeded: the same config and model give the same run.
 */
public final class RlhfTrainer {
    private static final String HEAD = "v_head.";

    private final RlhfConfig config;
    private final Tokenizer tokenizer;
    private final GptModel policy;
    private final GptModel reference;
    private final GptValueHead head;
    private final TransformerWithValueHead rolloutModel;
    private final TransformerWithValueHead learnModel;
    private AdaptiveKlController adaptiveKl;
    private double klCoef;
    private final GptAdamW adam;
    private final SplitMix64 permutations;
    private final RewardFunction reward;
    private final int[] prefix;
    private final int seqLen;
    private final int vocab;
    /** The index of the next phase to run (the number run so far). */
    private int nextPhase;

    /** The statistics of one phase: rewards of its rollout, and the objective's terms averaged over its minibatches. */
    public record Phase(
            int phase,
            double meanReward,
            double objective,
            double clippedSurrogate,
            double valueLoss,
            double entropyBonus,
            double klPenalty,
            double meanKl,
            double klCoef,
            double clipFraction,
            double meanRefLogProb,
            double generationSeconds,
            double scoringSeconds,
            double updateSeconds,
            List<String> samples,
            double[] rewards,
            double[] refLogProbs) {

        /** The first (up to) three samples, as the curriculum's per-phase table shows them. */
        public List<String> firstSamples() {
            return samples.subList(0, Math.min(3, samples.size()));
        }

        /** Generated tokens per second of the phase's sampling (all sequences). */
        public double generationTokensPerSecond(int genLen) {
            return generationSeconds > 0 ? samples.size() * (double) genLen / generationSeconds : 0;
        }
    }

    /**
     * A trainer of {@code lm}'s model with a new value head: trained in place, with a copy as the reference;
     * with lora_rank > 0, left as it is and used as the reference, the policy being it with new adapters.
     */
    public RlhfTrainer(LanguageModel lm, RlhfConfig config) {
        this(lm, null, config);
    }

    /**
     * A trainer as {@link #RlhfTrainer(LanguageModel, RlhfConfig)} whose KL reference is {@code reference}
     * (null: the starting model), which must have the policy's architecture (the same shape and vocabulary).
     */
    public RlhfTrainer(LanguageModel lm, GptModel reference, RlhfConfig config) {
        this.config = config;
        this.tokenizer = lm.tokenizer();
        GptModel base = lm.model();
        this.policy = config.loraRank() > 0
                ? base.withLora(GptLora.random(
                        base.config(), config.loraRank(), config.loraAlpha(), config.loraMlp(), config.seed()))
                : base;
        this.prefix = tokenizer.encode(config.prefix());
        this.seqLen = prefix.length + config.genLen();
        int context = policy.config().contextLength();
        if (seqLen > context) {
            throw new IllegalArgumentException("prefix (" + prefix.length + " tokens) + gen_len " + config.genLen()
                    + " = " + seqLen + " tokens: expected at most the model's context of " + context);
        }
        this.reward = RewardFunction.parse(config.reward());
        this.vocab = policy.config().vocabSize();
        if (reference != null && !reference.config().equals(base.config())) {
            throw new IllegalArgumentException("the reference model has shape " + reference.config()
                    + " and the policy " + base.config() + ": expected the same architecture");
        }
        this.reference = reference != null ? reference : config.loraRank() > 0 ? base : copyOf(base);
        this.head = GptValueHead.random(policy.config().width(), config.seed());
        this.rolloutModel = new TransformerWithValueHead(policy, head, config.batchSize(), seqLen);
        this.learnModel =
                new TransformerWithValueHead(policy, head, config.batchSize() / config.numMinibatches(), seqLen);
        int layers = policy.config().numLayers();
        if (config.frozenLayers() > layers) {
            throw new IllegalArgumentException(
                    "frozen_layers=" + config.frozenLayers() + ": expected at most the model's " + layers + " layers");
        }
        this.klCoef = config.klCoef();
        this.adaptiveKl = config.klTarget() > 0
                ? new AdaptiveKlController(config.klCoef(), config.klTarget(), config.klHorizon())
                : null;
        this.adam = new GptAdamW(learnModel.tensors(), 0.9, 0.999, 1e-8, 0.01, config.maxGradNorm());
        this.permutations = Seeding.generator(config.seed(), "rlhf-minibatches");
    }

    private static GptModel copyOf(GptModel model) {
        Map<String, Tensor> copy = new LinkedHashMap<>();
        model.tensors()
                .forEach((k, t) -> copy.put(k, new Tensor(t.shape(), t.data().clone())));
        return GptModel.fromTensors(model.config(), copy);
    }

    /** The policy being trained: the language model, or with LoRA the model with its adapters. */
    public GptModel policy() {
        return policy;
    }

    /** The number of trained parameters: the model's (or its adapters') and the value head's. */
    public long trainableParameters() {
        return learnModel.tensors().values().stream()
                .mapToLong(t -> t.data().length)
                .sum();
    }

    /** The value head being trained. */
    public GptValueHead valueHead() {
        return head;
    }

    /** Runs the remaining phases, handing each one's statistics to {@code onPhase}; gives them. */
    public List<Phase> train(Consumer<Phase> onPhase) {
        List<Phase> phases = new ArrayList<>();
        while (nextPhase < config.totalPhases()) {
            Phase phase = phase(nextPhase++);
            phases.add(phase);
            onPhase.accept(phase);
        }
        return phases;
    }

    /** The number of phases run so far. */
    public int phasesDone() {
        return nextPhase;
    }

    /**
     * Writes the whole state the next phases depend on into {@code c}: the phase count, the KL coefficient, the
     * minibatch generator, the trained tensors (model or adapters, and value head) and AdamW's moments.
     */
    public void save(Checkpoint c) {
        c.putLong("rlhf.phase", nextPhase);
        c.putDouble("rlhf.kl_coef", klCoef);
        c.putLong("rlhf.rng.minibatches", permutations.state());
        c.putTensors("trained.", learnModel.tensors());
        c.putOptimizer("adamw", adam.state());
    }

    /**
     * Restores what {@link #save} wrote into this trainer, built from the same config and model: it then runs
     * the remaining phases exactly as the saved one would have.
     */
    public void restore(Checkpoint c) {
        c.loadTensors("trained.", learnModel.tensors());
        adam.restore(c.getOptimizer("adamw"));
        nextPhase = (int) c.getLong("rlhf.phase");
        klCoef = c.getDouble("rlhf.kl_coef");
        permutations.setState(c.getLong("rlhf.rng.minibatches"));
        if (adaptiveKl != null) {
            adaptiveKl = new AdaptiveKlController(klCoef, config.klTarget(), config.klHorizon());
        }
    }

    private Phase phase(int index) {
        long start = System.nanoTime();
        int batch = config.batchSize();
        int[][] prompts = new int[batch][];
        Arrays.fill(prompts, prefix);
        int[][] samples = policy.generate(
                prompts,
                config.genLen(),
                new SamplingConfig(config.temperature(), config.topK(), 1.0),
                Seeding.derive(config.seed(), "rlhf-sample-" + index));
        long generated = System.nanoTime();
        int[] ids = new int[batch * seqLen];
        List<String> texts = new ArrayList<>();
        for (int b = 0; b < batch; b++) {
            System.arraycopy(samples[b], 0, ids, b * seqLen, seqLen);
            texts.add(tokenizer.decode(samples[b]));
        }
        TransformerWithValueHead.Output out = rolloutModel.forward(ids);
        double[] oldLogProbs = LogSoftmax.tokenLogProbs(out.logits(), ids, batch, seqLen, vocab, prefix.length);
        double[] values = new double[batch * seqLen];
        for (int i = 0; i < values.length; i++) {
            values[i] = out.values()[i];
        }
        float[] refLogits = reference.forward(ids, batch, seqLen).logits();
        double[] rewards = RewardFunction.checked(reward, config.reward(), texts);
        double[] refTokenLogProbs = LogSoftmax.tokenLogProbs(refLogits, ids, batch, seqLen, vocab, prefix.length);
        double[] refLogProbs = sequenceSums(refTokenLogProbs);
        double meanReward = Arrays.stream(rewards).average().orElse(0);
        double[] scored = config.normalizeReward() ? Rewards.normalize(rewards, 1e-5) : rewards;
        double[] advantages = config.algorithm() == RlhfConfig.Algorithm.GRPO
                ? groupAdvantages(rewards, batch)
                : config.klEstimator() != RlhfConfig.KlEstimator.FULL
                        ? Advantages.gaeOfTokenRewards(
                                values,
                                tokenRewards(scored, oldLogProbs, refTokenLogProbs),
                                seqLen,
                                prefix.length,
                                1.0,
                                config.advantageEstimator() == RlhfConfig.AdvantageEstimator.GAE
                                        ? config.gaeLambda()
                                        : 0)
                        : switch (config.advantageEstimator()) {
                            case TD -> Advantages.compute(values, scored, seqLen, prefix.length);
                            case GAE -> Advantages.gae(values, scored, seqLen, prefix.length, 1.0, config.gaeLambda());
                        };
        RlhfObjective objective = config.objective(klCoef);
        double[] returns = Advantages.returns(advantages, values, seqLen, prefix.length);
        long scoredAt = System.nanoTime();
        double lrScale = config.lrScale(index);
        double[] sums = new double[7];
        int steps = 0;
        for (int pass = 0; pass < config.batchesPerLearningPhase(); pass++) {
            for (int[] rows : RolloutBuffer.minibatchIndices(permutations, batch, batch / config.numMinibatches())) {
                RlhfObjective.Minibatch mb =
                        gather(rows, ids, oldLogProbs, advantages, returns, refLogits, prefix.length);
                TransformerWithValueHead.Output o = learnModel.forward(mb.tokens());
                RlhfObjective.Result r = objective.evaluate(o.logits(), o.values(), vocab, mb);
                learnModel.backward(r.dlogits(), r.dvalues());
                adam.step(learnModel.gradients(), name -> learningRate(name) * lrScale);
                double[] terms = {
                    r.objective(),
                    r.clippedSurrogate(),
                    r.valueLoss(),
                    r.entropyBonus(),
                    r.klPenalty(),
                    r.meanKl(),
                    r.clipFraction()
                };
                for (int k = 0; k < terms.length; k++) {
                    sums[k] += terms[k];
                }
                steps++;
            }
        }
        long end = System.nanoTime();
        Phase phase = new Phase(
                index,
                meanReward,
                sums[0] / steps,
                sums[1] / steps,
                sums[2] / steps,
                sums[3] / steps,
                sums[4] / steps,
                sums[5] / steps,
                klCoef,
                sums[6] / steps,
                Arrays.stream(refLogProbs).average().orElse(0),
                (generated - start) / 1e9,
                (scoredAt - generated) / 1e9,
                (end - scoredAt) / 1e9,
                List.copyOf(texts),
                rewards,
                refLogProbs);
        if (adaptiveKl != null) {
            klCoef = adaptiveKl.update(phase.meanKl(), batch);
        }
        return phase;
    }

    /**
     * The learning rate of a tensor: head_lr for the value head, 0 for frozen ones, otherwise base_lr times
     * layer_lr_decay to the power of the tensor's depth from the top (0 for ln_f, L - 1 - l for block l, L for
     * the embeddings).
     */
    double learningRate(String name) {
        if (name.startsWith(HEAD)) {
            return config.headLr();
        }
        int layers = policy.config().numLayers();
        int depth;
        if (name.startsWith("wte.") || name.startsWith("wpe.")) {
            if (config.frozenLayers() > 0) {
                return 0;
            }
            depth = layers;
        } else if (name.startsWith("h.")) {
            int layer = Integer.parseInt(name.substring(2, name.indexOf('.', 2)));
            if (layer < config.frozenLayers()) {
                return 0;
            }
            depth = layers - 1 - layer;
        } else {
            depth = 0;
        }
        return config.baseLr() * Math.pow(config.layerLrDecay(), depth);
    }

    /** Per sequence, the sum of its generated tokens' log-probabilities [batch, G] → [batch]. */
    private double[] sequenceSums(double[] logProbs) {
        int g = seqLen - prefix.length;
        double[] sums = new double[logProbs.length / g];
        for (int i = 0; i < logProbs.length; i++) {
            sums[i / g] += logProbs[i];
        }
        return sums;
    }

    /**
     * TRL's per-token rewards: -kl_coef times the k1 or k3 estimate of KL(policy || reference) at each sampled
     * token, plus the sequence's score at its last token.
     */
    private double[] tokenRewards(double[] scores, double[] logp, double[] logq) {
        int g = seqLen - prefix.length;
        double[] r = new double[logp.length];
        for (int i = 0; i < r.length; i++) {
            double logRatio = logq[i] - logp[i];
            double kl = config.klEstimator() == RlhfConfig.KlEstimator.K1 ? -logRatio : Math.expm1(logRatio) - logRatio;
            r[i] = -klCoef * kl + (i % g == g - 1 ? scores[i / g] : 0);
        }
        return r;
    }

    /** GRPO's advantages: each sequence's reward normalised within the batch, for all its generated tokens. */
    private double[] groupAdvantages(double[] rewards, int batch) {
        double[] normalised = Rewards.normalize(rewards, 1e-5);
        int g = seqLen - prefix.length;
        double[] a = new double[batch * g];
        for (int b = 0; b < batch; b++) {
            Arrays.fill(a, b * g, (b + 1) * g, normalised[b]);
        }
        return a;
    }

    private RlhfObjective.Minibatch gather(
            int[] rows,
            int[] ids,
            double[] oldLogProbs,
            double[] advantages,
            double[] returns,
            float[] refLogits,
            int prefixLen) {
        int g = seqLen - prefixLen;
        int n = rows.length;
        int[] tokens = new int[n * seqLen];
        double[] old = new double[n * g];
        double[] adv = new double[n * g];
        double[] ret = new double[n * g];
        float[] ref = new float[n * seqLen * vocab];
        for (int k = 0; k < n; k++) {
            int b = rows[k];
            System.arraycopy(ids, b * seqLen, tokens, k * seqLen, seqLen);
            System.arraycopy(oldLogProbs, b * g, old, k * g, g);
            System.arraycopy(advantages, b * g, adv, k * g, g);
            System.arraycopy(returns, b * g, ret, k * g, g);
            System.arraycopy(refLogits, b * seqLen * vocab, ref, k * seqLen * vocab, seqLen * vocab);
        }
        return new RlhfObjective.Minibatch(tokens, n, seqLen, prefixLen, old, adv, ret, ref);
    }
}
