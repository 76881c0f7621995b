package org.vecrl.nn.gpt;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vecrl.core.env.Seeding;
import org.vecrl.core.env.SplitMix64;

/**
 * GPT-2's forward pass (Hugging Face {@code GPT2LMHeadModel}) in plain Java over flat float arrays:
 * token and position embeddings, pre-LayerNorm blocks of causal multi-head attention and a GELU
 * ("gelu_new") MLP, a final LayerNorm and the unembedding tied to the token embedding. The parameters
 * have the names and layouts of Hugging Face checkpoints ({@code wte.weight} [V, d], Conv1D weights
 * [in, out]); {@link #load} accepts them with or without the {@code transformer.} prefix.
 */
public final class GptModel {
    private static final String PREFIX = "transformer.";

    private final GptConfig config;
    private final Map<String, float[]> params;
    private final float[] wte;
    private final float[] wpe;
    private final float[] lnFWeight;
    private final float[] lnFBias;
    private final Block[] blocks;
    /** Null for a plain model; else the adapters every forward adds (the weights above are the frozen base's). */
    private final GptLora lora;

    /** The parameters of one transformer block. */
    private record Block(
            float[] ln1Weight,
            float[] ln1Bias,
            float[] attnWeight,
            float[] attnBias,
            float[] attnProjWeight,
            float[] attnProjBias,
            float[] ln2Weight,
            float[] ln2Bias,
            float[] fcWeight,
            float[] fcBias,
            float[] fcProjWeight,
            float[] fcProjBias) {}

    private GptModel(GptConfig config, Map<String, float[]> params, GptLora lora) {
        this.config = config;
        this.params = params;
        this.lora = lora;
        wte = params.get("wte.weight");
        wpe = params.get("wpe.weight");
        lnFWeight = params.get("ln_f.weight");
        lnFBias = params.get("ln_f.bias");
        blocks = new Block[config.numLayers()];
        for (int l = 0; l < blocks.length; l++) {
            String h = "h." + l + ".";
            blocks[l] = new Block(
                    params.get(h + "ln_1.weight"),
                    params.get(h + "ln_1.bias"),
                    params.get(h + "attn.c_attn.weight"),
                    params.get(h + "attn.c_attn.bias"),
                    params.get(h + "attn.c_proj.weight"),
                    params.get(h + "attn.c_proj.bias"),
                    params.get(h + "ln_2.weight"),
                    params.get(h + "ln_2.bias"),
                    params.get(h + "mlp.c_fc.weight"),
                    params.get(h + "mlp.c_fc.bias"),
                    params.get(h + "mlp.c_proj.weight"),
                    params.get(h + "mlp.c_proj.bias"));
        }
    }

    /**
     * A model with GPT-2's initialisation: weights N(0, 0.02²), the residual projections ({@code c_proj})
     * N(0, (0.02/√(2·layers))²), biases 0, LayerNorm weights 1, drawn from the stream "gpt-init" of
     * {@code seed}.
     */
    public static GptModel random(GptConfig config, long seed) {
        SplitMix64 rng = Seeding.generator(seed, "gpt-init");
        Map<String, float[]> params = new LinkedHashMap<>();
        for (GptParameters.Spec spec : GptParameters.specs(config)) {
            params.put(spec.name(), GptParameters.initial(spec, config.numLayers(), rng));
        }
        return new GptModel(config, params, null);
    }

    /** Loads a Hugging Face {@code GPT2LMHeadModel} safetensors checkpoint of shape {@code config}. */
    public static GptModel load(Path safetensors, GptConfig config) {
        return fromTensors(config, SafeTensors.read(safetensors).tensors());
    }

    /**
     * A model over {@code tensors} (shared, not copied), named as in Hugging Face checkpoints with or
     * without the {@code transformer.} prefix; other tensors (lm_head, attention-mask buffers) are
     * ignored. A missing tensor or a wrong shape is an error naming the tensor and both shapes.
     */
    public static GptModel fromTensors(GptConfig config, Map<String, Tensor> tensors) {
        Map<String, float[]> params = new LinkedHashMap<>();
        for (GptParameters.Spec spec : GptParameters.specs(config)) {
            Tensor t = tensors.get(spec.name());
            if (t == null) {
                t = tensors.get(PREFIX + spec.name());
            }
            if (t == null) {
                throw new IllegalArgumentException("missing tensor " + spec.name() + " (expected shape "
                        + Arrays.toString(spec.shape()) + ", found none)");
            }
            if (!Arrays.equals(t.shape(), spec.shape())) {
                throw new IllegalArgumentException("tensor " + spec.name() + " has the wrong shape: expected "
                        + Arrays.toString(spec.shape()) + ", found " + Arrays.toString(t.shape()));
            }
            params.put(spec.name(), t.data());
        }
        return new GptModel(config, params, null);
    }

    /**
     * Saves the parameters as an F32 safetensors file with Hugging Face's names (no prefix, no lm_head); a model
     * with LoRA adapters saves its merged weights ({@link GptLora#merged}), a plain model that computes the same.
     */
    public void save(Path safetensors) {
        SafeTensors.write(safetensors, merged().tensors(), Map.of("format", "pt"));
    }

    /** This model if it is plain; else a plain model with its adapters merged into new weight arrays. */
    public GptModel merged() {
        return lora == null ? this : lora.merged(this);
    }

    /**
     * This model run with {@code adapters} added to its projections: a new object sharing this one's weights
     * (nothing copied), which stays the model without them. The adapters must fit this model's shape.
     */
    public GptModel withLora(GptLora adapters) {
        if (!adapters.config().equals(config)) {
            throw new IllegalArgumentException(
                    "LoRA adapters for " + adapters.config() + " do not fit a model of shape " + config);
        }
        return new GptModel(config, params, adapters);
    }

    /** The LoRA adapters this model runs with, or null for a plain model. */
    public GptLora lora() {
        return lora;
    }

    /** The parameters by Hugging Face name, sharing this model's arrays (the base weights, without adapters). */
    public Map<String, Tensor> tensors() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        List<GptParameters.Spec> specs = GptParameters.specs(config);
        for (GptParameters.Spec spec : specs) {
            out.put(spec.name(), new Tensor(spec.shape(), params.get(spec.name())));
        }
        return out;
    }

    /** The shape of this model. */
    public GptConfig config() {
        return config;
    }

    /**
     * The logits [batch, seqLen, vocab] and final hidden states [batch, seqLen, width] of
     * {@code tokens} [batch, seqLen], each sequence starting at position 0.
     */
    public GptOutput forward(int[] tokens, int batch, int seqLen) {
        if (batch <= 0 || seqLen <= 0) {
            throw new IllegalArgumentException("batch and seqLen must be > 0, got " + batch + " and " + seqLen);
        }
        if (seqLen > config.contextLength()) {
            throw new IllegalArgumentException(
                    "seqLen " + seqLen + " exceeds the context length " + config.contextLength());
        }
        if (tokens.length != batch * seqLen) {
            throw new IllegalArgumentException(
                    "tokens must have batch * seqLen = " + batch * seqLen + " elements, got " + tokens.length);
        }
        for (int i = 0; i < tokens.length; i++) {
            if (outsideVocab(tokens[i])) {
                throw tokenOutside(tokens[i], "at index " + i);
            }
        }
        int d = config.width();
        int vocab = config.vocabSize();
        float[] logits = new float[batch * seqLen * vocab];
        float[] hidden = new float[batch * seqLen * d];
        int[] seqs = new int[batch * seqLen];
        for (int r = 0; r < seqs.length; r++) {
            seqs[r] = r / seqLen;
        }
        run(tokens, seqs, newCache(batch, seqLen), hidden);
        GptKernels.unembed(hidden, batch * seqLen, wte, vocab, d, logits);
        return new GptOutput(logits, hidden, batch, seqLen, vocab, d);
    }

    /** An empty cache for one sequence of up to {@code capacity} positions (at most the context length). */
    public KvCache newCache(int capacity) {
        return newCache(1, capacity);
    }

    /**
     * An empty cache for {@code batch} sequences of up to {@code capacity} positions each (at most the
     * context length).
     */
    public KvCache newCache(int batch, int capacity) {
        if (batch <= 0) {
            throw new IllegalArgumentException("cache batch must be > 0, got " + batch);
        }
        if (capacity <= 0 || capacity > config.contextLength()) {
            throw new IllegalArgumentException(
                    "cache capacity must be in [1, " + config.contextLength() + "], got " + capacity);
        }
        return new KvCache(config.numLayers(), config.width(), batch, capacity);
    }

    /**
     * Appends {@code token} at position {@code cache.length()} of the one sequence whose keys and values
     * {@code cache} holds, and gives the logits [vocab] of that position.
     */
    public float[] decode(KvCache cache, int token) {
        if (cache.batch() != 1) {
            throw new IllegalArgumentException(
                    "decode(cache, token) needs a cache of one sequence, got " + cache.batch() + "; pass int[] tokens");
        }
        return decode(cache, new int[] {token});
    }

    /**
     * Appends {@code tokens[b]} to sequence b of {@code cache} (at position {@code cache.length(b)}) for
     * every b at once, and gives the logits [batch, vocab] of those positions. The B rows go through each
     * layer's matrix products together.
     */
    public float[] decode(KvCache cache, int[] tokens) {
        if (tokens.length != cache.batch()) {
            throw new IllegalArgumentException(
                    "decode needs one token per sequence of the cache: " + cache.batch() + ", got " + tokens.length);
        }
        int[] seqs = new int[tokens.length];
        for (int b = 0; b < tokens.length; b++) {
            if (outsideVocab(tokens[b])) {
                throw tokenOutside(tokens[b], "of sequence " + b);
            }
            seqs[b] = b;
        }
        return lastLogits(tokens, seqs, cache);
    }

    /**
     * Appends {@code prompts[b]} (at least one token; lengths may differ) to sequence b of {@code cache}
     * for every b at once, and gives the logits [batch, vocab] of each sequence's last position.
     */
    public float[] prefill(KvCache cache, int[][] prompts) {
        if (prompts.length != cache.batch()) {
            throw new IllegalArgumentException(
                    "prefill needs one prompt per sequence of the cache: " + cache.batch() + ", got " + prompts.length);
        }
        int rows = 0;
        for (int b = 0; b < prompts.length; b++) {
            requireNonEmpty(prompts[b], b);
            rows += prompts[b].length;
        }
        int[] tokens = new int[rows];
        int[] seqs = new int[rows];
        int r = 0;
        for (int b = 0; b < prompts.length; b++) {
            for (int i = 0; i < prompts[b].length; i++, r++) {
                if (outsideVocab(prompts[b][i])) {
                    throw tokenOutside(prompts[b][i], "at index " + i + " of prompt " + b);
                }
                tokens[r] = prompts[b][i];
                seqs[r] = b;
            }
        }
        return lastLogits(tokens, seqs, cache);
    }

    /**
     * The prompt followed by {@code maxNewTokens} tokens sampled one at a time with a KV cache: greedy
     * when {@code temperature} is 0, else from softmax(logits / temperature) over the {@code topK} most
     * likely tokens (0: all), drawn from the stream "gpt-generate" of {@code seed}; the batch of one of
     * {@link #generate(int[][], int, SamplingConfig, long)} with no top-p.
     */
    public int[] generate(int[] prompt, int maxNewTokens, double temperature, int topK, long seed) {
        return generate(new int[][] {prompt}, maxNewTokens, new SamplingConfig(temperature, topK, 1), seed)[0];
    }

    /**
     * Each prompt followed by {@code maxNewTokens} tokens, generated for the whole batch at once with one
     * KV cache: the prompts (of any lengths ≥ 1; each sequence keeps its own positions, no padding) are
     * prefilled together, then each step samples one token per sequence as {@code sampling} says and
     * decodes the B new tokens together. The random numbers come from one stream, "gpt-generate" of
     * {@code seed}: at each step one draw for sequence 0, then 1, …, B-1 (none when greedy), so the result
     * is a pure function of (model, prompts, maxNewTokens, sampling, seed). A prompt plus the new tokens
     * must fit in the context length.
     */
    public int[][] generate(int[][] prompts, int maxNewTokens, SamplingConfig sampling, long seed) {
        return generate(prompts, maxNewTokens, sampling, seed, false).tokens();
    }

    /**
     * {@link #generate(int[][], int, SamplingConfig, long)}, also keeping the logits each new token was
     * sampled from (before temperature, top-k and top-p): [batch, maxNewTokens, vocab] floats.
     */
    public GptGeneration generateWithLogits(int[][] prompts, int maxNewTokens, SamplingConfig sampling, long seed) {
        return generate(prompts, maxNewTokens, sampling, seed, true);
    }

    private GptGeneration generate(
            int[][] prompts, int maxNewTokens, SamplingConfig sampling, long seed, boolean keepLogits) {
        int batch = prompts.length;
        if (batch == 0) {
            throw new IllegalArgumentException("generate needs at least one prompt");
        }
        if (maxNewTokens < 0) {
            throw new IllegalArgumentException("maxNewTokens must be >= 0, got " + maxNewTokens);
        }
        int longest = 0;
        for (int b = 0; b < batch; b++) {
            requireNonEmpty(prompts[b], b);
            int length = prompts[b].length;
            if (length + maxNewTokens > config.contextLength()) {
                throw new IllegalArgumentException("prompt " + b + " length " + length + " + maxNewTokens "
                        + maxNewTokens + " = " + (length + maxNewTokens) + " must be at most the context length "
                        + config.contextLength());
            }
            longest = Math.max(longest, length);
        }
        int vocab = config.vocabSize();
        int[][] out = new int[batch][];
        for (int b = 0; b < batch; b++) {
            out[b] = Arrays.copyOf(prompts[b], prompts[b].length + maxNewTokens);
        }
        float[] kept = keepLogits ? new float[batch * maxNewTokens * vocab] : null;
        if (maxNewTokens == 0) {
            return new GptGeneration(out, kept, maxNewTokens, vocab);
        }
        SplitMix64 rng = Seeding.generator(seed, "gpt-generate");
        KvCache cache = newCache(batch, longest + maxNewTokens);
        float[] logits = prefill(cache, prompts);
        int[] next = new int[batch];
        for (int i = 0; i < maxNewTokens; i++) {
            for (int b = 0; b < batch; b++) {
                next[b] = TokenSampler.sample(logits, b * vocab, vocab, sampling, rng);
                out[b][prompts[b].length + i] = next[b];
                if (keepLogits) {
                    System.arraycopy(logits, b * vocab, kept, (b * maxNewTokens + i) * vocab, vocab);
                }
            }
            if (i + 1 < maxNewTokens) {
                logits = decode(cache, next);
            }
        }
        return new GptGeneration(out, kept, maxNewTokens, vocab);
    }

    private static void requireNonEmpty(int[] prompt, int b) {
        if (prompt.length == 0) {
            throw new IllegalArgumentException("prompt " + b + " is empty; every prompt needs at least one token");
        }
    }

    private boolean outsideVocab(int token) {
        return token < 0 || token >= config.vocabSize();
    }

    private IllegalArgumentException tokenOutside(int token, String where) {
        return new IllegalArgumentException(
                "token " + token + " " + where + " is outside [0, " + config.vocabSize() + ")");
    }

    /**
     * Runs the rows into {@code cache} and gives the logits [batch, vocab] of each sequence's last row, all
     * unembedded by one matrix product.
     */
    private float[] lastLogits(int[] tokens, int[] seqs, KvCache cache) {
        int d = config.width();
        int vocab = config.vocabSize();
        int batch = cache.batch();
        float[] hidden = new float[tokens.length * d];
        run(tokens, seqs, cache, hidden);
        float[] last = new float[batch * d];
        for (int r = 0; r < seqs.length; r++) {
            System.arraycopy(hidden, r * d, last, seqs[r] * d, d);
        }
        float[] logits = new float[batch * vocab];
        GptKernels.unembed(last, batch, wte, vocab, d, logits);
        return logits;
    }

    /**
     * Runs the rows {@code tokens} (validated), row r going to sequence {@code seqs[r]} of {@code cache} at
     * the next position of that sequence (the rows of one sequence in order), appending their keys and
     * values to it, and writes their hidden states after ln_f to {@code hiddenOut} [rows, d]. Every matrix
     * product sees all the rows at once.
     */
    private void run(int[] tokens, int[] seqs, KvCache cache, float[] hiddenOut) {
        int d = config.width();
        int n = tokens.length;
        int capacity = cache.capacity();
        int[] pos = cache.positions(seqs);
        float[] x = new float[n * d];
        for (int r = 0; r < n; r++) {
            int token = tokens[r];
            for (int i = 0; i < d; i++) {
                x[r * d + i] = wte[token * d + i] + wpe[pos[r] * d + i];
            }
        }
        float[] h = new float[n * d];
        float[] qkv = new float[n * 3 * d];
        float[] att = new float[n * d];
        float[] ff = new float[n * 4 * d];
        int heads = config.numHeads();
        int hd = config.headDim();
        double eps = config.layerNormEps();
        GptLora.Buffers adapted = lora == null ? null : lora.buffers(n);
        for (int l = 0; l < blocks.length; l++) {
            Block blk = blocks[l];
            float[] keys = cache.keys[l];
            float[] values = cache.values[l];
            GptKernels.layerNorm(x, h, n, d, blk.ln1Weight(), blk.ln1Bias(), eps);
            GptKernels.affine(h, n, d, blk.attnWeight(), blk.attnBias(), 3 * d, qkv, false);
            if (lora != null) {
                lora.forward(l, GptLora.Stage.QKV, n, h, qkv, adapted);
            }
            for (int r = 0; r < n; r++) {
                int slot = (seqs[r] * capacity + pos[r]) * d;
                System.arraycopy(qkv, r * 3 * d + d, keys, slot, d);
                System.arraycopy(qkv, r * 3 * d + 2 * d, values, slot, d);
            }
            GptKernels.split(n, 1, (from, to) -> {
                float[] scores = GptKernels.scratch(capacity);
                for (int r = from; r < to; r++) {
                    int sequence = seqs[r] * capacity * d;
                    for (int head = 0; head < heads; head++) {
                        GptKernels.attend(
                                qkv,
                                r * 3 * d + head * hd,
                                keys,
                                sequence + head * hd,
                                values,
                                sequence + head * hd,
                                d,
                                hd,
                                pos[r] + 1,
                                scores,
                                0,
                                att,
                                r * d + head * hd);
                    }
                }
            });
            GptKernels.affine(att, n, d, blk.attnProjWeight(), blk.attnProjBias(), d, x, true);
            if (lora != null) {
                lora.forward(l, GptLora.Stage.ATTN_OUT, n, att, x, adapted);
            }
            GptKernels.layerNorm(x, h, n, d, blk.ln2Weight(), blk.ln2Bias(), eps);
            GptKernels.affine(h, n, d, blk.fcWeight(), blk.fcBias(), 4 * d, ff, false);
            if (lora != null) {
                lora.forward(l, GptLora.Stage.MLP_IN, n, h, ff, adapted);
            }
            GptKernels.gelu(ff, n * 4 * d);
            GptKernels.affine(ff, n, 4 * d, blk.fcProjWeight(), blk.fcProjBias(), d, x, true);
            if (lora != null) {
                lora.forward(l, GptLora.Stage.MLP_OUT, n, ff, x, adapted);
            }
        }
        GptKernels.layerNorm(x, hiddenOut, n, d, lnFWeight, lnFBias, eps);
        cache.append(seqs);
    }
}
