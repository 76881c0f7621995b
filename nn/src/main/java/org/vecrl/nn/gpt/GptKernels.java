package org.vecrl.nn.gpt;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.vecrl.core.math.LogSumExp;
import org.vecrl.nn.simd.Parallel;
import org.vecrl.nn.simd.Sgemm;
import org.vecrl.nn.simd.Sgemm.View;
import org.vecrl.nn.simd.VectorKernels;

/**
 * The row-major float kernels of the GPT forward: LayerNorm, affine maps, GELU and causal attention.
 * The batch kernels split their rows, elements or (sequence, head) pairs over {@link Parallel} threads,
 * each output written by one task, so their results do not depend on the number of threads.
 */
final class GptKernels {
    private static final float GELU_CF = (float) Math.sqrt(2.0 / Math.PI);
    private static final float GELU_K = 0.044715f;
    private static final FloatVector GELU_KV = FloatVector.broadcast(VectorKernels.S, GELU_K);
    /** Per-thread scratch arrays, by slot: 0 GELU and generation scores, 1 and 2 attention blocks. */
    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[3][0]);

    private static final VectorSpecies<Float> S = VectorKernels.S;
    private static final int LANES = VectorKernels.LANES;
    /** Rows per task of the row-wise kernels. */
    static final int ROWS_PER_TASK = 32;
    /** Elements per task of the element-wise kernels (a multiple of every vector length). */
    static final int ELEMENTS_PER_TASK = 1 << 14;

    private GptKernels() {}

    /** A kernel over rows [from, to). */
    interface RowRange {
        void run(int from, int to);
    }

    /** Runs {@code body} over [0, count) in chunks of {@code chunk}, on several threads when there are several chunks. */
    static void split(int count, int chunk, RowRange body) {
        int tasks = (count + chunk - 1) / chunk;
        Parallel.forEach(tasks, t -> body.run(t * chunk, Math.min(count, (t + 1) * chunk)));
    }

    /** y[r] = (x[r] - mean) / sqrt(var + eps) * w + b for each of the {@code rows} rows of width d. */
    static void layerNorm(float[] x, float[] y, int rows, int d, float[] w, float[] b, double eps) {
        layerNorm(x, y, rows, d, w, b, eps, null, null);
    }

    /** {@link #layerNorm}, also keeping each row's mean and 1/sqrt(var + eps) (for the backward) unless null. */
    static void layerNorm(
            float[] x, float[] y, int rows, int d, float[] w, float[] b, double eps, float[] means, float[] rstds) {
        split(rows, ROWS_PER_TASK, (from, to) -> layerNormRows(x, y, from, to, d, w, b, eps, means, rstds));
    }

    private static void layerNormRows(
            float[] x,
            float[] y,
            int from,
            int to,
            int d,
            float[] w,
            float[] b,
            double eps,
            float[] means,
            float[] rstds) {
        for (int r = from; r < to; r++) {
            int o = r * d;
            float mean = (float) (sum(x, o, d) / d);
            double var = 0;
            int i = 0;
            if (d >= LANES) {
                FloatVector acc = FloatVector.zero(S);
                for (int bound = S.loopBound(d); i < bound; i += LANES) {
                    FloatVector c = FloatVector.fromArray(S, x, o + i).sub(mean);
                    acc = c.fma(c, acc);
                }
                var = laneSum(acc);
            }
            for (; i < d; i++) {
                float c = x[o + i] - mean;
                var += c * c;
            }
            float inv = (float) (1.0 / Math.sqrt(var / d + eps));
            if (means != null) {
                means[r] = mean;
                rstds[r] = inv;
            }
            i = 0;
            for (int bound = S.loopBound(d); i < bound; i += LANES) {
                FloatVector.fromArray(S, x, o + i)
                        .sub(mean)
                        .mul(inv)
                        .mul(FloatVector.fromArray(S, w, i))
                        .add(FloatVector.fromArray(S, b, i))
                        .intoArray(y, o + i);
            }
            for (; i < d; i++) {
                y[o + i] = (x[o + i] - mean) * inv * w[i] + b[i];
            }
        }
    }

    /** Σ x[o .. o+n) with one float accumulator per lane, the lanes then added in order (in double). */
    static double sum(float[] x, int o, int n) {
        int i = 0;
        double total = 0;
        if (n >= LANES) {
            FloatVector acc = FloatVector.zero(S);
            for (int bound = S.loopBound(n); i < bound; i += LANES) {
                acc = acc.add(FloatVector.fromArray(S, x, o + i));
            }
            total = laneSum(acc);
        }
        for (; i < n; i++) {
            total += x[o + i];
        }
        return total;
    }

    /** The lanes of {@code v} added in index order, in double (a fixed order, unlike a lane reduction). */
    static double laneSum(FloatVector v) {
        double total = 0;
        for (int lane = 0; lane < LANES; lane++) {
            total += v.lane(lane);
        }
        return total;
    }

    /**
     * y[r] = x[r]·W + b (or y[r] += x[r]·W + b when {@code accumulate}) for each row, with W [in, out]
     * row-major, as Hugging Face's Conv1D.
     */
    static void affine(float[] x, int rows, int in, float[] w, float[] b, int out, float[] y, boolean accumulate) {
        Sgemm.multiply(rows, out, in, View.rowMajor(x, 0, in), View.rowMajor(w, 0, out), y, 0, out, accumulate);
        split(rows, ROWS_PER_TASK, (from, to) -> {
            for (int r = from; r < to; r++) {
                VectorKernels.add(b, 0, y, r * out, out);
            }
        });
    }

    /**
     * GELU with the tanh approximation (Hugging Face's "gelu_new"), in place: 0.5·x·(1 + tanh(√(2/π)·(x +
     * 0.044715·x³))) in float, with the reproducible {@link VectorKernels#tanh(float)}.
     */
    static void gelu(float[] x, int n) {
        split(n, ELEMENTS_PER_TASK, (from, to) -> {
            float[] t = geluTanh(x, from, to);
            int i = from;
            for (int bound = from + S.loopBound(to - from); i < bound; i += LANES) {
                FloatVector v = FloatVector.fromArray(S, x, i);
                FloatVector.fromArray(S, t, i - from).add(1f).mul(v).mul(0.5f).intoArray(x, i);
            }
            for (; i < to; i++) {
                x[i] = (t[i - from] + 1f) * x[i] * 0.5f;
            }
        });
    }

    /**
     * tanh(√(2/π)·(x + 0.044715·x³)) for x[from .. to) in a per-thread scratch at [0, to - from), the
     * inner term of the GELU and of its derivative (computed in passes, so each loop stays small enough
     * for the JIT to keep its vectors in registers).
     */
    static float[] geluTanh(float[] x, int from, int to) {
        float[] t = scratch(to - from);
        int i = from;
        for (int bound = from + S.loopBound(to - from); i < bound; i += LANES) {
            FloatVector v = FloatVector.fromArray(S, x, i);
            v.mul(v).mul(v).fma(GELU_KV, v).mul(GELU_CF).intoArray(t, i - from);
        }
        for (; i < to; i++) {
            t[i - from] = Math.fma(x[i] * x[i] * x[i], GELU_K, x[i]) * GELU_CF;
        }
        VectorKernels.tanh(t, 0, to - from);
        return t;
    }

    /** A per-thread scratch array of at least {@code size} floats (the same array at each call of a thread). */
    static float[] scratch(int size) {
        return scratch(0, size);
    }

    /** The per-thread scratch array of {@code slot} (0, 1 or 2), of at least {@code size} floats. */
    static float[] scratch(int slot, int size) {
        float[][] holder = SCRATCH.get();
        if (holder[slot].length < size) {
            holder[slot] = new float[size];
        }
        return holder[slot];
    }

    /** x[o .. o+n) *= mask[o .. o+n) (a dropout mask of 0 and 1/(1 - p)). */
    static void multiply(float[] x, float[] mask, int o, int n) {
        int i = o;
        for (int bound = o + S.loopBound(n); i < bound; i += LANES) {
            FloatVector.fromArray(S, x, i)
                    .mul(FloatVector.fromArray(S, mask, i))
                    .intoArray(x, i);
        }
        for (; i < o + n; i++) {
            x[i] *= mask[i];
        }
    }

    /**
     * Causal multi-head self-attention of {@code batch} sequences of {@code seqLen} positions from their
     * fused {@code qkv} [batch, seqLen, 3d] (queries, keys, values): {@code probs} [batch, heads, seqLen,
     * seqLen] gets softmax(q·k / √hd) over the positions up to each query (0 after it), {@code out}
     * [batch, seqLen, d] the probability-weighted values; one task per (sequence, head). With a dropout
     * {@code mask} (shaped as probs; null: none) the values are weighted by probs·mask instead.
     */
    static void causalAttention(
            float[] qkv, int batch, int seqLen, int heads, int d, float[] probs, float[] mask, float[] out) {
        int hd = d / heads;
        float scale = (float) (1.0 / Math.sqrt(hd));
        Parallel.forEach(batch * heads, task -> {
            HeadBlock block = HeadBlock.of(task, heads, seqLen, d);
            int rows = block.qkv();
            int po = block.probs();
            View q = new View(qkv, rows, 3 * d, 1);
            View keysT = new View(qkv, rows + d, 1, 3 * d);
            Sgemm.multiply(seqLen, seqLen, hd, q, keysT, probs, po, seqLen, false);
            for (int t = 0; t < seqLen; t++) {
                causalSoftmax(probs, po + t * seqLen, t + 1, seqLen, scale);
            }
            View values = new View(qkv, rows + 2 * d, 3 * d, 1);
            View weights = mask == null
                    ? View.rowMajor(probs, po, seqLen)
                    : View.rowMajor(dropped(probs, mask, po, seqLen * seqLen), 0, seqLen);
            Sgemm.multiply(seqLen, hd, seqLen, weights, values, out, block.out(), d, false);
        });
    }

    /**
     * Where the attention of task (sequence b, head h) = b·heads + h lives: its query columns in the fused qkv
     * rows, its probability block and its output columns.
     */
    record HeadBlock(int qkv, int probs, int out) {
        static HeadBlock of(int task, int heads, int seqLen, int d) {
            int b = task / heads;
            int h = task % heads;
            int hd = d / heads;
            return new HeadBlock(b * seqLen * 3 * d + h * hd, task * seqLen * seqLen, b * seqLen * d + h * hd);
        }
    }

    /** probs[po .. po+n)·mask[po .. po+n) in the thread's scratch slot 2, from index 0. */
    static float[] dropped(float[] probs, float[] mask, int po, int n) {
        float[] out = scratch(2, n);
        System.arraycopy(probs, po, out, 0, n);
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += LANES) {
            FloatVector.fromArray(S, out, i)
                    .mul(FloatVector.fromArray(S, mask, po + i))
                    .intoArray(out, i);
        }
        for (; i < n; i++) {
            out[i] *= mask[po + i];
        }
        return out;
    }

    /** x[o .. o+count) becomes softmax(x · scale) over those entries; x[o+count .. o+width) becomes 0. */
    private static void causalSoftmax(float[] x, int o, int count, int width, float scale) {
        float max = Float.NEGATIVE_INFINITY;
        for (int s = 0; s < count; s++) {
            x[o + s] *= scale;
            max = Math.max(max, x[o + s]);
        }
        double sum = 0;
        for (int s = 0; s < count; s++) {
            x[o + s] = (float) Math.exp(x[o + s] - max);
            sum += x[o + s];
        }
        float inv = (float) (1.0 / sum);
        for (int s = 0; s < count; s++) {
            x[o + s] *= inv;
        }
        for (int s = count; s < width; s++) {
            x[o + s] = 0f;
        }
    }

    /**
     * Causal attention of one head for one query: out = softmax(q·K[t] / sqrt(hd), t < count)·V, where
     * row t of K starts at {@code t * stride + keyOffset} and of V at {@code t * stride + valueOffset};
     * the attention probabilities are left in {@code probs[po .. po+count)}.
     */
    static void attend(
            float[] q,
            int qo,
            float[] keys,
            int keyOffset,
            float[] values,
            int valueOffset,
            int stride,
            int hd,
            int count,
            float[] probs,
            int po,
            float[] out,
            int oo) {
        double scale = 1.0 / Math.sqrt(hd);
        float max = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < count; t++) {
            int ko = t * stride + keyOffset;
            float dot = 0f;
            for (int j = 0; j < hd; j++) {
                dot += q[qo + j] * keys[ko + j];
            }
            probs[po + t] = (float) (dot * scale);
            max = Math.max(max, probs[po + t]);
        }
        double sum = 0;
        for (int t = 0; t < count; t++) {
            probs[po + t] = (float) Math.exp(probs[po + t] - max);
            sum += probs[po + t];
        }
        for (int j = 0; j < hd; j++) {
            out[oo + j] = 0f;
        }
        for (int t = 0; t < count; t++) {
            float p = (float) (probs[po + t] / sum);
            probs[po + t] = p;
            int vo = t * stride + valueOffset;
            for (int j = 0; j < hd; j++) {
                out[oo + j] += p * values[vo + j];
            }
        }
    }

    /**
     * logits[r] = hidden[r]·wteᵀ for each of the {@code rows} rows of width d: the unembedding tied to wte,
     * logits [rows, vocab] row-major.
     */
    static void unembed(float[] hidden, int rows, float[] wte, int vocab, int d, float[] logits) {
        Sgemm.multiply(
                rows, vocab, d, View.rowMajor(hidden, 0, d), View.transposed(wte, 0, d), logits, 0, vocab, false);
    }

    /**
     * Replaces logits[o .. o+n) by their softmax and gives the cross-entropy -log softmax[target].
     */
    static double softmaxCrossEntropy(float[] logits, int o, int n, int target) {
        double lse = LogSumExp.of(logits, o, n);
        double loss = lse - logits[o + target];
        for (int v = 0; v < n; v++) {
            logits[o + v] = (float) Math.exp(logits[o + v] - lse);
        }
        return loss;
    }
}
