package org.vecrl.nn.gpt;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.vecrl.nn.simd.Parallel;
import org.vecrl.nn.simd.Sgemm;
import org.vecrl.nn.simd.Sgemm.View;
import org.vecrl.nn.simd.VectorKernels;

/**
 * The backward kernels of the GPT forward (after llm.c's gpt2 backward), split over {@link Parallel}
 * threads as {@link GptKernels} is. Each says whether it writes or adds its gradients.
 */
final class GptBackward {
    private static final float GELU_C = (float) Math.sqrt(2.0 / Math.PI);
    private static final float GELU_K = 0.044715f;
    private static final VectorSpecies<Float> S = VectorKernels.S;
    private static final int LANES = VectorKernels.LANES;
    private static final FloatVector ONE = FloatVector.broadcast(VectorKernels.S, 1f);
    private static final FloatVector GELU_3K = FloatVector.broadcast(VectorKernels.S, 3 * GELU_K);

    private GptBackward() {}

    /**
     * Backward of y = x·W + b (W [in, out]) over {@code rows} rows: writes dx = dy·Wᵀ (unless dx is
     * null), dW = xᵀ·dy and db = Σ dy (unless dw is null: a frozen weight).
     */
    static void affine(
            float[] dx, float[] dw, float[] db, float[] dy, float[] x, float[] w, int rows, int in, int out) {
        if (dx != null) {
            Sgemm.multiply(rows, in, out, View.rowMajor(dy, 0, out), View.transposed(w, 0, out), dx, 0, in, false);
        }
        if (dw != null) {
            Sgemm.multiply(in, out, rows, View.transposed(x, 0, in), View.rowMajor(dy, 0, out), dw, 0, out, false);
            columnSums(dy, rows, out, db);
        }
    }

    /** sums[j] = Σ_r x[r·cols + j], adding the rows in order. */
    static void columnSums(float[] x, int rows, int cols, float[] sums) {
        Arrays.fill(sums, 0, cols, 0f);
        for (int r = 0; r < rows; r++) {
            VectorKernels.add(x, r * cols, sums, 0, cols);
        }
    }

    /**
     * Backward of LayerNorm with the kept row means and 1/sqrt(var + eps): adds dx += rstd·(dn - mean(dn)
     * - n·mean(dn·n)) with n the normalised input and dn = dy·w; writes dw = Σ dy·n and db = Σ dy.
     */
    static void layerNorm(
            float[] dx,
            float[] dw,
            float[] db,
            float[] dy,
            float[] x,
            float[] w,
            float[] means,
            float[] rstds,
            int rows,
            int d) {
        GptKernels.split(rows, GptKernels.ROWS_PER_TASK, (from, to) -> {
            for (int r = from; r < to; r++) {
                layerNormRow(dx, dy, x, w, means[r], rstds[r], r * d, d);
            }
        });
        Arrays.fill(dw, 0, d, 0f);
        Arrays.fill(db, 0, d, 0f);
        for (int r = 0; r < rows; r++) {
            int o = r * d;
            float mean = means[r];
            float rstd = rstds[r];
            int i = 0;
            for (int bound = S.loopBound(d); i < bound; i += LANES) {
                FloatVector g = FloatVector.fromArray(S, dy, o + i);
                FloatVector n = FloatVector.fromArray(S, x, o + i).sub(mean).mul(rstd);
                g.fma(n, FloatVector.fromArray(S, dw, i)).intoArray(dw, i);
                g.add(FloatVector.fromArray(S, db, i)).intoArray(db, i);
            }
            for (; i < d; i++) {
                float n = (x[o + i] - mean) * rstd;
                dw[i] = Math.fma(dy[o + i], n, dw[i]);
                db[i] += dy[o + i];
            }
        }
    }

    /** dx[o ..] += rstd·(dn - mean(dn) - n·mean(dn·n)) for one row, with n = (x - mean)·rstd and dn = dy·w. */
    private static void layerNormRow(
            float[] dx, float[] dy, float[] x, float[] w, float mean, float rstd, int o, int d) {
        double dnSum = 0;
        double dnDotN = 0;
        int i = 0;
        if (d >= LANES) {
            FloatVector accDn = FloatVector.zero(S);
            FloatVector accDnN = FloatVector.zero(S);
            for (int bound = S.loopBound(d); i < bound; i += LANES) {
                FloatVector n = FloatVector.fromArray(S, x, o + i).sub(mean).mul(rstd);
                FloatVector dn = FloatVector.fromArray(S, w, i).mul(FloatVector.fromArray(S, dy, o + i));
                accDn = accDn.add(dn);
                accDnN = dn.fma(n, accDnN);
            }
            dnSum = GptKernels.laneSum(accDn);
            dnDotN = GptKernels.laneSum(accDnN);
        }
        for (; i < d; i++) {
            float n = (x[o + i] - mean) * rstd;
            float dn = w[i] * dy[o + i];
            dnSum += dn;
            dnDotN += dn * n;
        }
        float dnMean = (float) (dnSum / d);
        float dnNMean = (float) (dnDotN / d);
        i = 0;
        for (int bound = S.loopBound(d); i < bound; i += LANES) {
            FloatVector n = FloatVector.fromArray(S, x, o + i).sub(mean).mul(rstd);
            FloatVector dn = FloatVector.fromArray(S, w, i).mul(FloatVector.fromArray(S, dy, o + i));
            dn.sub(dnMean)
                    .sub(n.mul(dnNMean))
                    .mul(rstd)
                    .add(FloatVector.fromArray(S, dx, o + i))
                    .intoArray(dx, o + i);
        }
        for (; i < d; i++) {
            float n = (x[o + i] - mean) * rstd;
            float dn = w[i] * dy[o + i];
            dx[o + i] += (dn - dnMean - n * dnNMean) * rstd;
        }
    }

    /**
     * Backward of {@link GptKernels#gelu(float[], int)} at the pre-activations {@code x}: writes dx =
     * gelu'(x)·dy with gelu'(x) = (1 + t)/2 + x/2·(1 - t²)·√(2/π)·(1 + 3·0.044715·x²), t the GELU's tanh.
     */
    static void gelu(float[] dx, float[] dy, float[] x, int n) {
        GptKernels.split(n, GptKernels.ELEMENTS_PER_TASK, (from, to) -> {
            float[] tanh = GptKernels.geluTanh(x, from, to);
            int i = from;
            for (int bound = from + S.loopBound(to - from); i < bound; i += LANES) {
                FloatVector v = FloatVector.fromArray(S, x, i);
                FloatVector t = FloatVector.fromArray(S, tanh, i - from);
                FloatVector du = v.mul(v).fma(GELU_3K, ONE).mul(GELU_C);
                FloatVector sech2 = t.fma(t.neg(), ONE);
                FloatVector grad =
                        t.add(1f).mul(0.5f).add(v.mul(0.5f).mul(sech2).mul(du));
                grad.mul(FloatVector.fromArray(S, dy, i)).intoArray(dx, i);
            }
            for (; i < to; i++) {
                float v = x[i];
                float t = tanh[i - from];
                float du = Math.fma(v * v, 3 * GELU_K, 1f) * GELU_C;
                float sech2 = Math.fma(t, -t, 1f);
                float grad = (t + 1f) * 0.5f + v * 0.5f * sech2 * du;
                dx[i] = grad * dy[i];
            }
        });
    }

    /**
     * Backward of {@link GptKernels#causalAttention} from the kept {@code probs} [batch, heads, seqLen,
     * seqLen] and dropout {@code mask} (null: none): writes the query, key and value gradients into
     * {@code dqkv} [batch, seqLen, 3d] given {@code dout} [batch, seqLen, d]; one task per (sequence, head).
     */
    static void attention(
            float[] dqkv,
            float[] dout,
            float[] qkv,
            float[] probs,
            float[] mask,
            int batch,
            int seqLen,
            int heads,
            int d) {
        int hd = d / heads;
        float scale = (float) (1.0 / Math.sqrt(hd));
        Parallel.forEach(batch * heads, task -> {
            GptKernels.HeadBlock block = GptKernels.HeadBlock.of(task, heads, seqLen, d);
            int rows = block.qkv();
            int po = block.probs();
            float[] ds = GptKernels.scratch(1, seqLen * seqLen);
            View dO = new View(dout, block.out(), d, 1);
            Sgemm.multiply(seqLen, seqLen, hd, dO, new View(qkv, rows + 2 * d, 1, 3 * d), ds, 0, seqLen, false);
            View weightsT = new View(probs, po, 1, seqLen);
            if (mask != null) {
                weightsT = new View(GptKernels.dropped(probs, mask, po, seqLen * seqLen), 0, 1, seqLen);
                for (int i = 0; i < seqLen * seqLen; i++) {
                    ds[i] *= mask[po + i];
                }
            }
            Sgemm.multiply(seqLen, hd, seqLen, weightsT, dO, dqkv, rows + 2 * d, 3 * d, false);
            for (int t = 0; t < seqLen; t++) {
                int o = t * seqLen;
                int p = po + o;
                double dot = 0;
                for (int s = 0; s <= t; s++) {
                    dot += (double) probs[p + s] * ds[o + s];
                }
                for (int s = 0; s <= t; s++) {
                    ds[o + s] = (float) (probs[p + s] * (ds[o + s] - dot)) * scale;
                }
                for (int s = t + 1; s < seqLen; s++) {
                    ds[o + s] = 0f;
                }
            }
            Sgemm.multiply(
                    seqLen,
                    hd,
                    seqLen,
                    View.rowMajor(ds, 0, seqLen),
                    new View(qkv, rows + d, 3 * d, 1),
                    dqkv,
                    rows,
                    3 * d,
                    false);
            Sgemm.multiply(
                    seqLen,
                    hd,
                    seqLen,
                    new View(ds, 0, 1, seqLen),
                    new View(qkv, rows, 3 * d, 1),
                    dqkv,
                    rows + d,
                    3 * d,
                    false);
        });
    }
}
