package org.vecrl.nn.nd4j;

import java.util.Arrays;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vecrl.nn.gpt.GptConfig;
import org.vecrl.nn.gpt.Tensor;

/**
 * Builds GPT-2's forward pass and mean next-token cross-entropy as a SameDiff graph for batches of one
 * shape [batch, seqLen], with one variable per model parameter (named as the parameter). Written from
 * primitives that have working gradients in DL4J 1.0.0-M2.1: the token embedding is one-hot × wte (the
 * gradient of {@code gather} fails), the position embedding a constant one-hot × wpe, LayerNorm is
 * built by hand (with the config's epsilon), GELU is the tanh formula, and log Σ exp is
 * {@code m + log Σ exp(x - m)} ({@code logSumExp}'s backward fails).
 */
final class SameDiffGptGraph {
    /** Placeholder [batch·seqLen, vocab]: the input tokens one-hot. */
    static final String TOKENS = "tokens";
    /** Placeholder [batch·seqLen, vocab]: the target tokens one-hot. */
    static final String TARGETS = "targets";
    /** Output [batch·seqLen, vocab]. */
    static final String LOGITS = "logits";
    /** Output [batch·seqLen, width]: the residual stream after ln_f. */
    static final String HIDDEN = "hidden";
    /** Output scalar: the mean cross-entropy. */
    static final String LOSS = "loss";

    private static final double GELU_C = Math.sqrt(2.0 / Math.PI);

    private final SameDiff sd;
    private final GptConfig config;
    private final int batch;
    private final int seqLen;
    private final int rows;

    private SameDiffGptGraph(SameDiff sd, GptConfig config, int batch, int seqLen) {
        this.sd = sd;
        this.config = config;
        this.batch = batch;
        this.seqLen = seqLen;
        this.rows = batch * seqLen;
    }

    /** A graph with one variable per entry of {@code params} (initialised from it) for [batch, seqLen]. */
    static SameDiff build(GptConfig config, Map<String, Tensor> params, int batch, int seqLen) {
        SameDiff sd = SameDiff.create();
        for (Map.Entry<String, Tensor> e : params.entrySet()) {
            long[] shape = Arrays.stream(e.getValue().shape()).asLongStream().toArray();
            sd.var(e.getKey(), Nd4j.create(e.getValue().data(), shape, DataType.FLOAT));
        }
        new SameDiffGptGraph(sd, config, batch, seqLen).define();
        return sd;
    }

    private void define() {
        int vocab = config.vocabSize();
        SDVariable tokens = sd.placeHolder(TOKENS, DataType.FLOAT, rows, vocab);
        SDVariable targets = sd.placeHolder(TARGETS, DataType.FLOAT, rows, vocab);
        SDVariable wte = sd.getVariable("wte.weight");
        SDVariable x = tokens.mmul(wte).add(sd.constant(positionsOneHot()).mmul(sd.getVariable("wpe.weight")));
        for (int l = 0; l < config.numLayers(); l++) {
            String h = "h." + l + ".";
            SDVariable qkv = affine(layerNorm(x, h + "ln_1"), h + "attn.c_attn");
            x = x.add(affine(attention(qkv), h + "attn.c_proj"));
            SDVariable ff = gelu(affine(layerNorm(x, h + "ln_2"), h + "mlp.c_fc"));
            x = x.add(affine(ff, h + "mlp.c_proj"));
        }
        SDVariable hidden = layerNorm(x, "ln_f").rename(HIDDEN);
        SDVariable logits = sd.mmul(LOGITS, hidden, wte, false, true, false);
        SDVariable max = sd.max(logits, true, 1);
        SDVariable logSumExp = max.add(sd.math.log(sd.sum(sd.math.exp(logits.sub(max)), true, 1)));
        SDVariable nll = logSumExp.sub(logits.mul(targets).sum(true, 1));
        sd.setLossVariables(nll.mean(LOSS));
    }

    /** [rows, contextLength]: row r is one-hot at position r mod seqLen. */
    private INDArray positionsOneHot() {
        int ctx = config.contextLength();
        float[] data = new float[rows * ctx];
        for (int r = 0; r < rows; r++) {
            data[r * ctx + r % seqLen] = 1f;
        }
        return Nd4j.create(data, new long[] {rows, ctx}, DataType.FLOAT);
    }

    /** (x - mean) / sqrt(var + eps) · weight + bias over the last dimension of [rows, width]. */
    private SDVariable layerNorm(SDVariable x, String name) {
        SDVariable centred = x.sub(x.mean(true, 1));
        SDVariable variance = centred.mul(centred).mean(true, 1);
        SDVariable normed = centred.mul(sd.math.rsqrt(variance.add(config.layerNormEps())));
        return normed.mul(sd.getVariable(name + ".weight")).add(sd.getVariable(name + ".bias"));
    }

    /** x·W + b with Hugging Face's Conv1D layout W [in, out]. */
    private SDVariable affine(SDVariable x, String name) {
        return sd.nn.biasAdd(x.mmul(sd.getVariable(name + ".weight")), sd.getVariable(name + ".bias"), true);
    }

    /** GELU, tanh approximation: 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))). */
    private SDVariable gelu(SDVariable x) {
        SDVariable inner = x.add(x.mul(x).mul(x).mul(0.044715)).mul(GELU_C);
        return x.mul(0.5).mul(sd.math.tanh(inner).add(1.0));
    }

    /** Causal multi-head attention of the fused [rows, 3·width] projections, giving [rows, width]. */
    private SDVariable attention(SDVariable qkv) {
        int d = config.width();
        SDVariable q = heads(sd.slice(qkv, new int[] {0, 0}, rows, d));
        SDVariable k = heads(sd.slice(qkv, new int[] {0, d}, rows, d));
        SDVariable v = heads(sd.slice(qkv, new int[] {0, 2 * d}, rows, d));
        SDVariable scores = sd.mmul(q, k, false, true, false)
                .mul(1.0 / Math.sqrt(config.headDim()))
                .add(sd.constant(causalMask()));
        SDVariable y = sd.mmul(sd.nn.softmax(scores, 3), v);
        return y.permute(0, 2, 1, 3).reshape(rows, d);
    }

    /** [rows, width] → [batch, heads, seqLen, headDim]. */
    private SDVariable heads(SDVariable x) {
        return x.reshape(batch, seqLen, config.numHeads(), config.headDim()).permute(0, 2, 1, 3);
    }

    /** [batch, heads, seqLen, seqLen]: 0 where the key is at or before the query, -1e9 after it. */
    private INDArray causalMask() {
        int blocks = batch * config.numHeads();
        float[] data = new float[blocks * seqLen * seqLen];
        for (int b = 0; b < blocks; b++) {
            for (int t = 0; t < seqLen; t++) {
                for (int s = t + 1; s < seqLen; s++) {
                    data[(b * seqLen + t) * seqLen + s] = -1e9f;
                }
            }
        }
        return Nd4j.create(data, new long[] {batch, config.numHeads(), seqLen, seqLen}, DataType.FLOAT);
    }
}
