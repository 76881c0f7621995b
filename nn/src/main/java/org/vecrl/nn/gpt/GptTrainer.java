package org.vecrl.nn.gpt;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vecrl.core.env.SplitMix64;
import org.vecrl.nn.simd.Sgemm;
import org.vecrl.nn.simd.Sgemm.View;
import org.vecrl.nn.simd.VectorKernels;

/**
 * The training pass of a {@link GptModel} for a fixed (batch, seqLen), after llm.c's gpt2: a forward
 * that keeps the activations the backward needs (preallocated once), and the backward into gradient
 * buffers named and shaped as the model's parameters. {@link #lossAndBackward} is the language-model
 * loss (mean next-token cross-entropy); {@link #forward} and {@link #backward(float[], float[])} serve any
 * loss of the logits and of the hidden state after ln_f (RLHF's policy, KL and value-head terms).
 */
public final class GptTrainer implements GptTrainingPass {
    private final GptConfig config;
    private final int batch;
    private final int seqLen;
    private final Map<String, Tensor> params;
    /**
     * The base weights' gradients the backward writes: all of them, or when the base is frozen only the
     * LayerNorms' (scratch of the LayerNorm backward; the other weights' gradients are not computed).
     */
    private final Map<String, Tensor> grads;
    /** Null for a plain model; else its LoRA adapters, the only weights trained (the base is frozen). */
    private final GptLora lora;

    private final GptLora.Buffers loraBuffers;

    private final float[] encoded;
    private final float[][] ln1;
    private final float[][] ln1Mean;
    private final float[][] ln1Rstd;
    private final float[][] qkv;
    private final float[][] attProbs;
    private final float[][] atty;
    private final float[][] res2;
    private final float[][] ln2;
    private final float[][] ln2Mean;
    private final float[][] ln2Rstd;
    private final float[][] fcPre;
    private final float[][] fcAct;
    private final float[][] res3;
    private final float[] lnf;
    private final float[] lnfMean;
    private final float[] lnfRstd;
    /** The logits of the last forward [batch·seqLen, vocab]; softmax, then their gradient, after a loss. */
    private final float[] logits;

    private final double[] rowLosses;

    private final float[] dres;
    private final float[] dln;
    private final float[] datty;
    private final float[] dqkv;
    private final float[] dfcAct;
    private final float[] dfcPre;

    /** Null without dropout; else the masks, the projection outputs before them and a masked-gradient buffer. */
    private final GptDropout dropout;

    private final float[][] attnOut;
    private final float[][] mlpOut;
    private final float[] dmasked;
    private SplitMix64 dropoutRng = new SplitMix64(0);
    private int[] lastTokens;
    private boolean lastDropped;

    /** A trainer of {@code model} (whose parameter arrays it reads in place) for batches of this shape. */
    public GptTrainer(GptModel model, int batch, int seqLen) {
        this(model, batch, seqLen, 0);
    }

    /**
     * A trainer whose {@link #lossAndBackward} applies dropout at rate {@code dropout} in [0, 1) at GPT-2's
     * sites (embeddings, attention probabilities, attention and MLP outputs), masks drawn from the stream
     * of {@link #dropoutSeed}; at rate 0 it is exactly the trainer without dropout.
     */
    public GptTrainer(GptModel model, int batch, int seqLen, double dropout) {
        config = model.config();
        GptBatches.checkShape(config, batch, seqLen);
        this.batch = batch;
        this.seqLen = seqLen;
        params = model.tensors();
        lora = model.lora();
        Map<String, Tensor> written = new LinkedHashMap<>(params);
        if (lora != null) {
            written.keySet().removeIf(name -> !name.contains("ln_"));
        }
        grads = Tensor.zerosLike(written);
        int n = batch * seqLen;
        loraBuffers = lora == null ? null : lora.buffers(n);
        int d = config.width();
        int layers = config.numLayers();
        encoded = new float[n * d];
        ln1 = new float[layers][n * d];
        ln1Mean = new float[layers][n];
        ln1Rstd = new float[layers][n];
        qkv = new float[layers][n * 3 * d];
        attProbs = new float[layers][batch * config.numHeads() * seqLen * seqLen];
        atty = new float[layers][n * d];
        res2 = new float[layers][n * d];
        ln2 = new float[layers][n * d];
        ln2Mean = new float[layers][n];
        ln2Rstd = new float[layers][n];
        fcPre = new float[layers][n * 4 * d];
        fcAct = new float[layers][n * 4 * d];
        res3 = new float[layers][n * d];
        lnf = new float[n * d];
        lnfMean = new float[n];
        lnfRstd = new float[n];
        logits = new float[n * config.vocabSize()];
        rowLosses = new double[n];
        dres = new float[n * d];
        dln = new float[n * d];
        datty = new float[n * d];
        dqkv = new float[n * 3 * d];
        dfcAct = new float[n * 4 * d];
        dfcPre = new float[n * 4 * d];
        boolean drops = dropout != 0;
        this.dropout = drops ? new GptDropout(dropout, layers, n, d, attProbs[0].length) : null;
        attnOut = drops ? new float[layers][n * d] : null;
        mlpOut = drops ? new float[layers][n * d] : null;
        dmasked = drops ? new float[n * d] : null;
    }

    /**
     * The gradients of the trained weights, named as {@link #parameters()}: every base weight of a plain model;
     * only the adapters of a model with LoRA (its base is frozen, and the backward skips its weight gradients).
     */
    @Override
    public Map<String, Tensor> gradients() {
        return lora == null ? grads : lora.gradients();
    }

    /** The trained weights: the model's own, or its LoRA adapters when it has them. */
    public Map<String, Tensor> parameters() {
        return lora == null ? params : lora.tensors();
    }

    @Override
    public double loss(int[] tokens, int[] targets) {
        GptBatches.checkIds(targets, batch * seqLen, config.vocabSize(), "targets");
        lastTokens = null;
        run(tokens, false);
        return crossEntropy(targets);
    }

    @Override
    public double lossAndBackward(int[] tokens, int[] targets) {
        GptBatches.checkIds(targets, batch * seqLen, config.vocabSize(), "targets");
        forward(tokens);
        double loss = crossEntropy(targets);
        crossEntropyGradient(targets);
        backward(logits, null);
        return loss;
    }

    /**
     * The training forward of {@code tokens} [batch, seqLen] (with dropout if this trainer has it, masks
     * drawn now), keeping what {@link #backward} needs: gives the logits [batch, seqLen, vocab] and the
     * hidden state after ln_f [batch, seqLen, width], in arrays that the next call reuses.
     */
    public GptOutput forward(int[] tokens) {
        boolean drop = dropout != null;
        if (drop) {
            dropout.draw(dropoutRng);
        }
        run(tokens, drop);
        lastTokens = tokens;
        lastDropped = drop;
        return new GptOutput(logits, lnf, batch, seqLen, config.vocabSize(), config.width());
    }

    /**
     * The gradient of every parameter ({@link #gradients()}, written) of a loss whose gradient with
     * respect to the last {@link #forward}'s logits is {@code dlogits} [batch, seqLen, vocab] and with
     * respect to its hidden state is {@code dhidden} [batch, seqLen, width] (null: the loss does not read
     * it, as for a language-model loss; RLHF's value head reads it). Both arrays are only read.
     */
    public void backward(float[] dlogits, float[] dhidden) {
        if (lastTokens == null) {
            throw new IllegalStateException("backward needs a forward first");
        }
        int n = batch * seqLen;
        if (dlogits.length != n * config.vocabSize() || (dhidden != null && dhidden.length != n * config.width())) {
            throw new IllegalArgumentException("dlogits must have " + n * config.vocabSize() + " values and dhidden "
                    + n * config.width() + ", got " + dlogits.length + " and "
                    + (dhidden == null ? "null" : dhidden.length));
        }
        backward(lastTokens, dlogits, dhidden, lastDropped);
    }

    @Override
    public void dropoutSeed(long seed) {
        dropoutRng = new SplitMix64(seed);
    }

    private float[] p(String name) {
        return params.get(name).data();
    }

    /** The gradient of a base weight, or null when it is not computed (the frozen base's, but the LayerNorms'). */
    private float[] g(String name) {
        Tensor t = grads.get(name);
        return t == null ? null : t.data();
    }

    private void adapt(int layer, GptLora.Stage stage, float[] x, float[] y) {
        if (lora != null) {
            lora.forward(layer, stage, batch * seqLen, x, y, loraBuffers);
        }
    }

    private void adaptBack(int layer, GptLora.Stage stage, float[] x, float[] dy, float[] dx) {
        if (lora != null) {
            lora.backward(layer, stage, batch * seqLen, x, dy, dx, loraBuffers);
        }
    }

    /** The forward of {@code tokens} into the kept activations, up to the logits. */
    private void run(int[] tokens, boolean drop) {
        GptBatches.checkIds(tokens, batch * seqLen, config.vocabSize(), "tokens");
        int n = batch * seqLen;
        int d = config.width();
        int heads = config.numHeads();
        int hd = config.headDim();
        int vocab = config.vocabSize();
        double eps = config.layerNormEps();
        float[] wte = p("wte.weight");
        float[] wpe = p("wpe.weight");
        for (int r = 0; r < n; r++) {
            int to = tokens[r] * d;
            int po = (r % seqLen) * d;
            for (int i = 0; i < d; i++) {
                encoded[r * d + i] = wte[to + i] + wpe[po + i];
            }
        }
        if (drop) {
            GptKernels.multiply(encoded, dropout.embedding, 0, n * d);
        }
        for (int l = 0; l < config.numLayers(); l++) {
            String h = "h." + l + ".";
            float[] in = l == 0 ? encoded : res3[l - 1];
            GptKernels.layerNorm(
                    in, ln1[l], n, d, p(h + "ln_1.weight"), p(h + "ln_1.bias"), eps, ln1Mean[l], ln1Rstd[l]);
            GptKernels.affine(
                    ln1[l], n, d, p(h + "attn.c_attn.weight"), p(h + "attn.c_attn.bias"), 3 * d, qkv[l], false);
            adapt(l, GptLora.Stage.QKV, ln1[l], qkv[l]);
            GptKernels.causalAttention(
                    qkv[l], batch, seqLen, heads, d, attProbs[l], drop ? dropout.attention[l] : null, atty[l]);
            if (drop) {
                GptKernels.affine(
                        atty[l], n, d, p(h + "attn.c_proj.weight"), p(h + "attn.c_proj.bias"), d, attnOut[l], false);
                adapt(l, GptLora.Stage.ATTN_OUT, atty[l], attnOut[l]);
                addMasked(in, attnOut[l], dropout.attentionOut[l], res2[l], n * d);
            } else {
                System.arraycopy(in, 0, res2[l], 0, n * d);
                GptKernels.affine(
                        atty[l], n, d, p(h + "attn.c_proj.weight"), p(h + "attn.c_proj.bias"), d, res2[l], true);
                adapt(l, GptLora.Stage.ATTN_OUT, atty[l], res2[l]);
            }
            GptKernels.layerNorm(
                    res2[l], ln2[l], n, d, p(h + "ln_2.weight"), p(h + "ln_2.bias"), eps, ln2Mean[l], ln2Rstd[l]);
            GptKernels.affine(ln2[l], n, d, p(h + "mlp.c_fc.weight"), p(h + "mlp.c_fc.bias"), 4 * d, fcPre[l], false);
            adapt(l, GptLora.Stage.MLP_IN, ln2[l], fcPre[l]);
            System.arraycopy(fcPre[l], 0, fcAct[l], 0, n * 4 * d);
            GptKernels.gelu(fcAct[l], n * 4 * d);
            if (drop) {
                GptKernels.affine(
                        fcAct[l], n, 4 * d, p(h + "mlp.c_proj.weight"), p(h + "mlp.c_proj.bias"), d, mlpOut[l], false);
                adapt(l, GptLora.Stage.MLP_OUT, fcAct[l], mlpOut[l]);
                addMasked(res2[l], mlpOut[l], dropout.mlpOut[l], res3[l], n * d);
            } else {
                System.arraycopy(res2[l], 0, res3[l], 0, n * d);
                GptKernels.affine(
                        fcAct[l], n, 4 * d, p(h + "mlp.c_proj.weight"), p(h + "mlp.c_proj.bias"), d, res3[l], true);
                adapt(l, GptLora.Stage.MLP_OUT, fcAct[l], res3[l]);
            }
        }
        GptKernels.layerNorm(
                res3[config.numLayers() - 1], lnf, n, d, p("ln_f.weight"), p("ln_f.bias"), eps, lnfMean, lnfRstd);
        Sgemm.multiply(n, vocab, d, View.rowMajor(lnf, 0, d), View.transposed(wte, 0, d), logits, 0, vocab, false);
    }

    /** The mean cross-entropy of the logits against {@code targets}; leaves the softmax in the logits array. */
    private double crossEntropy(int[] targets) {
        int n = batch * seqLen;
        int vocab = config.vocabSize();
        GptKernels.split(n, GptKernels.ROWS_PER_TASK, (from, to) -> {
            for (int r = from; r < to; r++) {
                rowLosses[r] = GptKernels.softmaxCrossEntropy(logits, r * vocab, vocab, targets[r]);
            }
        });
        double loss = 0;
        for (int r = 0; r < n; r++) {
            loss += rowLosses[r];
        }
        return loss / n;
    }

    /** Turns the softmax left by {@link #crossEntropy} into dloss/dlogits = (softmax - onehot) / n. */
    private void crossEntropyGradient(int[] targets) {
        int n = batch * seqLen;
        int vocab = config.vocabSize();
        float scale = 1f / n;
        GptKernels.split(n, GptKernels.ROWS_PER_TASK, (from, to) -> {
            for (int r = from; r < to; r++) {
                int lo = r * vocab;
                logits[lo + targets[r]] -= 1f;
                for (int v = 0; v < vocab; v++) {
                    logits[lo + v] *= scale;
                }
            }
        });
    }

    /** out = residual + x·mask, element by element. */
    private static void addMasked(float[] residual, float[] x, float[] mask, float[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = residual[i] + x[i] * mask[i];
        }
    }

    /** {@code dy}·mask in the masked-gradient buffer, or dy itself without dropout. */
    private float[] masked(float[] dy, float[] mask, boolean drop) {
        if (!drop) {
            return dy;
        }
        System.arraycopy(dy, 0, dmasked, 0, dmasked.length);
        GptKernels.multiply(dmasked, mask, 0, dmasked.length);
        return dmasked;
    }

    private void backward(int[] tokens, float[] dlogits, float[] dhidden, boolean drop) {
        int n = batch * seqLen;
        int d = config.width();
        int vocab = config.vocabSize();
        float[] wte = p("wte.weight");
        float[] dwte = g("wte.weight");
        // logits = lnf · wteᵀ.
        Sgemm.multiply(n, d, vocab, View.rowMajor(dlogits, 0, vocab), View.rowMajor(wte, 0, d), dln, 0, d, false);
        if (lora == null) {
            Sgemm.multiply(
                    vocab, d, n, View.transposed(dlogits, 0, vocab), View.rowMajor(lnf, 0, d), dwte, 0, d, false);
        }
        if (dhidden != null) {
            VectorKernels.add(dhidden, 0, dln, 0, n * d);
        }
        Arrays.fill(dres, 0f);
        int last = config.numLayers() - 1;
        GptBackward.layerNorm(
                dres, g("ln_f.weight"), g("ln_f.bias"), dln, res3[last], p("ln_f.weight"), lnfMean, lnfRstd, n, d);
        for (int l = last; l >= 0; l--) {
            String h = "h." + l + ".";
            float[] in = l == 0 ? encoded : res3[l - 1];
            float[] dmlp = masked(dres, drop ? dropout.mlpOut[l] : null, drop);
            GptBackward.affine(
                    dfcAct,
                    g(h + "mlp.c_proj.weight"),
                    g(h + "mlp.c_proj.bias"),
                    dmlp,
                    fcAct[l],
                    p(h + "mlp.c_proj.weight"),
                    n,
                    4 * d,
                    d);
            adaptBack(l, GptLora.Stage.MLP_OUT, fcAct[l], dmlp, dfcAct);
            GptBackward.gelu(dfcPre, dfcAct, fcPre[l], n * 4 * d);
            GptBackward.affine(
                    dln,
                    g(h + "mlp.c_fc.weight"),
                    g(h + "mlp.c_fc.bias"),
                    dfcPre,
                    ln2[l],
                    p(h + "mlp.c_fc.weight"),
                    n,
                    d,
                    4 * d);
            adaptBack(l, GptLora.Stage.MLP_IN, ln2[l], dfcPre, dln);
            GptBackward.layerNorm(
                    dres,
                    g(h + "ln_2.weight"),
                    g(h + "ln_2.bias"),
                    dln,
                    res2[l],
                    p(h + "ln_2.weight"),
                    ln2Mean[l],
                    ln2Rstd[l],
                    n,
                    d);
            float[] dattn = masked(dres, drop ? dropout.attentionOut[l] : null, drop);
            GptBackward.affine(
                    datty,
                    g(h + "attn.c_proj.weight"),
                    g(h + "attn.c_proj.bias"),
                    dattn,
                    atty[l],
                    p(h + "attn.c_proj.weight"),
                    n,
                    d,
                    d);
            adaptBack(l, GptLora.Stage.ATTN_OUT, atty[l], dattn, datty);
            GptBackward.attention(
                    dqkv,
                    datty,
                    qkv[l],
                    attProbs[l],
                    drop ? dropout.attention[l] : null,
                    batch,
                    seqLen,
                    config.numHeads(),
                    d);
            GptBackward.affine(
                    dln,
                    g(h + "attn.c_attn.weight"),
                    g(h + "attn.c_attn.bias"),
                    dqkv,
                    ln1[l],
                    p(h + "attn.c_attn.weight"),
                    n,
                    d,
                    3 * d);
            adaptBack(l, GptLora.Stage.QKV, ln1[l], dqkv, dln);
            GptBackward.layerNorm(
                    dres,
                    g(h + "ln_1.weight"),
                    g(h + "ln_1.bias"),
                    dln,
                    in,
                    p(h + "ln_1.weight"),
                    ln1Mean[l],
                    ln1Rstd[l],
                    n,
                    d);
        }
        if (drop) {
            GptKernels.multiply(dres, dropout.embedding, 0, n * d);
        }
        if (lora != null) {
            return;
        }
        float[] dwpe = g("wpe.weight");
        Arrays.fill(dwpe, 0f);
        for (int r = 0; r < n; r++) {
            int to = tokens[r] * d;
            int po = (r % seqLen) * d;
            for (int i = 0; i < d; i++) {
                dwte[to + i] += dres[r * d + i];
                dwpe[po + i] += dres[r * d + i];
            }
        }
    }
}
