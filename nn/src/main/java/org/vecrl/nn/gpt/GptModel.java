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

    private GptModel(GptConfig config, Map<String, float[]> params) {
        this.config = config;
        this.params = params;
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
        return new GptModel(config, params);
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
        return new GptModel(config, params);
    }

    /** Saves the parameters as an F32 safetensors file with Hugging Face's names (no prefix, no lm_head). */
    public void save(Path safetensors) {
        SafeTensors.write(safetensors, tensors(), Map.of("format", "pt"));
    }

    /** The parameters by Hugging Face name, sharing this model's arrays. */
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
        int d = config.width();
        int vocab = config.vocabSize();
        float[] logits = new float[batch * seqLen * vocab];
        float[] hidden = new float[batch * seqLen * d];
        KvCache cache = new KvCache(config.numLayers(), d, seqLen);
        float[] rowHidden = new float[seqLen * d];
        for (int b = 0; b < batch; b++) {
            cache.reset();
            run(tokens, b * seqLen, seqLen, cache, rowHidden);
            System.arraycopy(rowHidden, 0, hidden, b * seqLen * d, seqLen * d);
            for (int s = 0; s < seqLen; s++) {
                GptKernels.unembed(rowHidden, s * d, wte, vocab, d, logits, (b * seqLen + s) * vocab);
            }
        }
        return new GptOutput(logits, hidden, batch, seqLen, vocab, d);
    }

    /** An empty cache for one sequence of up to {@code capacity} positions (at most the context length). */
    public KvCache newCache(int capacity) {
        if (capacity <= 0 || capacity > config.contextLength()) {
            throw new IllegalArgumentException(
                    "cache capacity must be in [1, " + config.contextLength() + "], got " + capacity);
        }
        return new KvCache(config.numLayers(), config.width(), capacity);
    }

    /**
     * Appends {@code token} at position {@code cache.length()} of the sequence whose keys and values
     * {@code cache} holds, and gives the logits [vocab] of that position.
     */
    public float[] decode(KvCache cache, int token) {
        return lastLogits(new int[] {token}, cache);
    }

    /**
     * The prompt followed by {@code maxNewTokens} tokens sampled one at a time with a KV cache: greedy
     * when {@code temperature} is 0, else from softmax(logits / temperature) over the {@code topK} most
     * likely tokens (0: all), drawn from the stream "gpt-generate" of {@code seed}.
     */
    public int[] generate(int[] prompt, int maxNewTokens, double temperature, int topK, long seed) {
        if (prompt.length == 0) {
            throw new IllegalArgumentException("the prompt must have at least one token");
        }
        if (maxNewTokens < 0 || prompt.length + maxNewTokens > config.contextLength()) {
            throw new IllegalArgumentException("prompt length " + prompt.length + " + maxNewTokens " + maxNewTokens
                    + " must be at most the context length " + config.contextLength() + " (maxNewTokens >= 0)");
        }
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be finite and >= 0, got " + temperature);
        }
        if (topK < 0) {
            throw new IllegalArgumentException("topK must be >= 0 (0: no limit), got " + topK);
        }
        SplitMix64 rng = Seeding.generator(seed, "gpt-generate");
        int[] out = Arrays.copyOf(prompt, prompt.length + maxNewTokens);
        if (maxNewTokens == 0) {
            return out;
        }
        KvCache cache = newCache(out.length);
        float[] logits = lastLogits(prompt, cache);
        for (int i = prompt.length; i < out.length; i++) {
            out[i] = TokenSampler.sample(logits, temperature, topK, rng);
            if (i + 1 < out.length) {
                logits = decode(cache, out[i]);
            }
        }
        return out;
    }

    private float[] lastLogits(int[] tokens, KvCache cache) {
        int d = config.width();
        float[] hidden = new float[tokens.length * d];
        run(tokens, 0, tokens.length, cache, hidden);
        float[] logits = new float[config.vocabSize()];
        GptKernels.unembed(hidden, (tokens.length - 1) * d, wte, config.vocabSize(), d, logits, 0);
        return logits;
    }

    /**
     * Runs {@code tokens[off .. off+n)} at the positions after those {@code cache} holds, appending their
     * keys and values to it, and writes their hidden states after ln_f to {@code hiddenOut} [n, d].
     */
    private void run(int[] tokens, int off, int n, KvCache cache, float[] hiddenOut) {
        int d = config.width();
        int p0 = cache.length();
        if (p0 + n > cache.capacity()) {
            throw new IllegalArgumentException(
                    "cannot add " + n + " positions to a cache holding " + p0 + " of " + cache.capacity());
        }
        float[] x = new float[n * d];
        for (int s = 0; s < n; s++) {
            int token = tokens[off + s];
            if (token < 0 || token >= config.vocabSize()) {
                throw new IllegalArgumentException(
                        "token " + token + " at index " + (off + s) + " is outside [0, " + config.vocabSize() + ")");
            }
            for (int i = 0; i < d; i++) {
                x[s * d + i] = wte[token * d + i] + wpe[(p0 + s) * d + i];
            }
        }
        float[] h = new float[n * d];
        float[] qkv = new float[n * 3 * d];
        float[] att = new float[n * d];
        float[] ff = new float[n * 4 * d];
        float[] scores = new float[p0 + n];
        int heads = config.numHeads();
        int hd = config.headDim();
        double eps = config.layerNormEps();
        for (int l = 0; l < blocks.length; l++) {
            Block blk = blocks[l];
            float[] keys = cache.keys[l];
            float[] values = cache.values[l];
            GptKernels.layerNorm(x, h, n, d, blk.ln1Weight(), blk.ln1Bias(), eps);
            GptKernels.affine(h, n, d, blk.attnWeight(), blk.attnBias(), 3 * d, qkv, false);
            for (int s = 0; s < n; s++) {
                System.arraycopy(qkv, s * 3 * d + d, keys, (p0 + s) * d, d);
                System.arraycopy(qkv, s * 3 * d + 2 * d, values, (p0 + s) * d, d);
            }
            for (int s = 0; s < n; s++) {
                for (int head = 0; head < heads; head++) {
                    GptKernels.attend(
                            qkv,
                            s * 3 * d + head * hd,
                            keys,
                            head * hd,
                            values,
                            head * hd,
                            d,
                            hd,
                            p0 + s + 1,
                            scores,
                            0,
                            att,
                            s * d + head * hd);
                }
            }
            GptKernels.affine(att, n, d, blk.attnProjWeight(), blk.attnProjBias(), d, x, true);
            GptKernels.layerNorm(x, h, n, d, blk.ln2Weight(), blk.ln2Bias(), eps);
            GptKernels.affine(h, n, d, blk.fcWeight(), blk.fcBias(), 4 * d, ff, false);
            GptKernels.gelu(ff, n * 4 * d);
            GptKernels.affine(ff, n, 4 * d, blk.fcProjWeight(), blk.fcProjBias(), d, x, true);
        }
        GptKernels.layerNorm(x, hiddenOut, n, d, lnFWeight, lnFBias, eps);
        cache.advance(n);
    }
}
