package org.vecrl.nn.gpt;

import java.util.Arrays;
import org.vecrl.core.env.SplitMix64;
import org.vecrl.nn.simd.Sgemm;
import org.vecrl.nn.simd.Sgemm.View;

/**
 * The curriculum's {@code Lora(d_in, d_out, rank, lora_alpha, n_inst)} (§6.3): {@code n_inst} low-rank
 * adapters, instance i mapping an input x [d_in] to {@code (x·A[i])·B[i]·alpha/rank} [d_out], with A
 * [n_inst, d_in, rank] Kaiming-uniform (a = √5, so bound 1/√fan_in with PyTorch's fan_in of that tensor,
 * d_in·rank) and B [n_inst, rank, d_out] zero, so a fresh adapter changes nothing. Where each instance reads
 * and writes is the caller's: {@link #forward} takes row strides and per-instance column steps, which is how
 * {@link GptLora} puts one adapter per attention head. The backward writes dA and dB and adds to dx.
 */
public final class Lora {
    private final int instances;
    private final int dIn;
    private final int dOut;
    private final int rank;
    private final double alpha;
    private final float scale;
    private final float[] a;
    private final float[] b;
    private final float[] da;
    private final float[] db;

    /** Where the instances of one adapter read and write: their row strides and per-instance column steps. */
    record Layout(int ldx, int inStep, int ldy, int outBase, int outStep) {}

    private Lora(int instances, int dIn, int dOut, int rank, double alpha, float[] a, float[] b) {
        this.instances = instances;
        this.dIn = dIn;
        this.dOut = dOut;
        this.rank = rank;
        this.alpha = alpha;
        this.scale = (float) (alpha / rank);
        this.a = a;
        this.b = b;
        this.da = new float[a.length];
        this.db = new float[b.length];
    }

    /**
     * A fresh adapter: A drawn from {@code rng} (instance by instance, row-major), B zero. Every size must be
     * ≥ 1 and alpha > 0.
     */
    public static Lora random(int instances, int dIn, int dOut, int rank, double alpha, SplitMix64 rng) {
        check(instances, dIn, dOut, rank, alpha);
        float[] a = new float[instances * dIn * rank];
        double bound = 1 / Math.sqrt((double) dIn * rank);
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) ((2 * rng.nextDouble() - 1) * bound);
        }
        return new Lora(instances, dIn, dOut, rank, alpha, a, new float[instances * rank * dOut]);
    }

    /** An adapter over saved A [n_inst, d_in, rank] and B [n_inst, rank, d_out] (shared, not copied). */
    public static Lora of(Tensor a, Tensor b, double alpha) {
        int[] sa = a.shape();
        int[] sb = b.shape();
        if (sa.length != 3 || sb.length != 3 || sa[0] != sb[0] || sa[2] != sb[1]) {
            throw new IllegalArgumentException("LoRA tensors must be A [n_inst, d_in, rank] and B [n_inst, rank, d_out]"
                    + ", got " + Arrays.toString(sa) + " and " + Arrays.toString(sb));
        }
        check(sa[0], sa[1], sb[2], sa[2], alpha);
        return new Lora(sa[0], sa[1], sb[2], sa[2], alpha, a.data(), b.data());
    }

    private static void check(int instances, int dIn, int dOut, int rank, double alpha) {
        if (instances < 1 || dIn < 1 || dOut < 1 || rank < 1 || !(alpha > 0)) {
            throw new IllegalArgumentException("LoRA n_inst=" + instances + ", d_in=" + dIn + ", d_out=" + dOut
                    + ", rank=" + rank + ", alpha=" + alpha + ": expected sizes >= 1 and alpha > 0");
        }
    }

    /** A [n_inst, d_in, rank]. */
    public Tensor a() {
        return new Tensor(new int[] {instances, dIn, rank}, a);
    }

    /** B [n_inst, rank, d_out]. */
    public Tensor b() {
        return new Tensor(new int[] {instances, rank, dOut}, b);
    }

    /** The gradient of A written by the last backward. */
    public Tensor gradA() {
        return new Tensor(new int[] {instances, dIn, rank}, da);
    }

    /** The gradient of B written by the last backward. */
    public Tensor gradB() {
        return new Tensor(new int[] {instances, rank, dOut}, db);
    }

    /** n_inst·(d_in·rank + rank·d_out). */
    public long numParameters() {
        return (long) instances * (dIn * rank + rank * dOut);
    }

    /** The rank. */
    public int rank() {
        return rank;
    }

    /** lora_alpha. */
    public double alpha() {
        return alpha;
    }

    /** The number of adapters. */
    public int instances() {
        return instances;
    }

    /**
     * The curriculum's forward: {@code x} [rows, n_inst, d_in] to [rows, n_inst, d_out], instance i applied to
     * {@code x[…, i, :]}.
     */
    public float[] forward(float[] x, int rows) {
        if (x.length != rows * instances * dIn) {
            throw new IllegalArgumentException(
                    "x must have rows * n_inst * d_in = " + rows * instances * dIn + " values, got " + x.length);
        }
        float[] y = new float[rows * instances * dOut];
        forward(rows, x, y, new Layout(instances * dIn, dIn, instances * dOut, 0, dOut), new float[rows * width()]);
        return y;
    }

    /** The columns of the kept products x·A·scale, [rows, n_inst·rank]. */
    int width() {
        return instances * rank;
    }

    /**
     * Adds instance i's {@code (x_i·A[i])·B[i]·scale} to {@code y}, where x_i is the [rows, d_in] block of
     * {@code x} at column {@code i·inStep} (row stride ldx) and its output the [rows, d_out] block of y at
     * column {@code outBase + i·outStep} (row stride ldy); keeps {@code x_i·A[i]·scale} in u [rows, n_inst·rank].
     */
    void forward(int rows, float[] x, float[] y, Layout at, float[] u) {
        int w = width();
        for (int i = 0; i < instances; i++) {
            Sgemm.multiply(rows, rank, dIn, new View(x, i * at.inStep(), at.ldx(), 1), aView(i), u, i * rank, w, false);
            scaleBlock(u, rows, w, i * rank);
            Sgemm.multiply(
                    rows,
                    dOut,
                    rank,
                    new View(u, i * rank, w, 1),
                    View.rowMajor(b, i * rank * dOut, dOut),
                    y,
                    at.outBase() + i * at.outStep(),
                    at.ldy(),
                    true);
        }
    }

    /**
     * The backward of {@link #forward} for the upstream gradient {@code dy} (laid out as y): writes dA and dB,
     * adds the input gradient to {@code dx} (laid out as x; null: not needed), with {@code u} the forward's
     * kept products and {@code du} scratch of the same size.
     */
    void backward(int rows, float[] x, float[] dy, float[] dx, Layout at, float[] u, float[] du) {
        int w = width();
        for (int i = 0; i < instances; i++) {
            View dyi = new View(dy, at.outBase() + i * at.outStep(), at.ldy(), 1);
            Sgemm.multiply(rank, dOut, rows, new View(u, i * rank, 1, w), dyi, db, i * rank * dOut, dOut, false);
            Sgemm.multiply(rows, rank, dOut, dyi, View.transposed(b, i * rank * dOut, dOut), du, i * rank, w, false);
            scaleBlock(du, rows, w, i * rank);
            View dui = new View(du, i * rank, w, 1);
            Sgemm.multiply(
                    dIn, rank, rows, new View(x, i * at.inStep(), 1, at.ldx()), dui, da, i * dIn * rank, rank, false);
            if (dx != null) {
                Sgemm.multiply(
                        rows,
                        dIn,
                        rank,
                        dui,
                        View.transposed(a, i * dIn * rank, rank),
                        dx,
                        i * at.inStep(),
                        at.ldx(),
                        true);
            }
        }
    }

    /**
     * Adds {@code scale·A[i]·B[i]} to the [d_in, d_out] block of the row-major {@code weight} (row stride ldy
     * of the layout's output, rows at {@code i·inStep}), for every instance: the merged weight maps x as the
     * base plus the adapter does.
     */
    void mergeInto(float[] weight, Layout at) {
        float[] delta = new float[dIn * dOut];
        for (int i = 0; i < instances; i++) {
            Sgemm.multiply(dIn, dOut, rank, aView(i), View.rowMajor(b, i * rank * dOut, dOut), delta, 0, dOut, false);
            int row0 = i * at.inStep();
            int col0 = at.outBase() + i * at.outStep();
            for (int r = 0; r < dIn; r++) {
                for (int c = 0; c < dOut; c++) {
                    weight[(row0 + r) * at.ldy() + col0 + c] += scale * delta[r * dOut + c];
                }
            }
        }
    }

    private View aView(int i) {
        return View.rowMajor(a, i * dIn * rank, rank);
    }

    private void scaleBlock(float[] m, int rows, int ld, int col) {
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < rank; k++) {
                m[r * ld + col + k] *= scale;
            }
        }
    }
}
