package org.vecrl.nn.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Single-precision matrix products C = A·B or C += A·B with the JDK Vector API, where A [m, k] and B
 * [k, n] are {@link View views} with any strides (a transposed operand needs no copy) and C is
 * row-major. A is packed into panels of {@value #MR} rows and B into panels of two vectors of columns; a
 * register tile of {@value #MR} rows × two vectors accumulates each block of C over the whole k
 * dimension.
 *
 * <p>Every element is the fused multiply-add chain {@code s = fma(a[i][p], b[p][j], s)} over p = 0 ..
 * k-1 from s = 0, then stored (or added to C's value): the same bits whatever the tile, the thread or
 * the shape around it, and the same as that scalar loop. Large products are split over {@link
 * Parallel} threads by blocks of rows of C.
 */
public final class Sgemm {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Rows of the register tile. */
    static final int MR = 4;
    /** Columns of the register tile: two vectors. */
    static final int NR = 2 * L;
    /** Row panels per parallel task. */
    private static final int PANELS_PER_TASK = 8;
    /** Products with fewer multiply-adds than this run on the calling thread. */
    private static final long PARALLEL_WORK = 1L << 18;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private Sgemm() {}

    /**
     * A matrix stored in a float[]: element (i, j) is {@code data[offset + i * rowStride + j * colStride]}.
     *
     * @param data the backing array
     * @param offset the index of element (0, 0)
     * @param rowStride the distance between consecutive rows
     * @param colStride the distance between consecutive columns
     */
    public record View(float[] data, int offset, int rowStride, int colStride) {

        /** A row-major matrix with {@code cols} columns starting at {@code offset}. */
        public static View rowMajor(float[] data, int offset, int cols) {
            return new View(data, offset, cols, 1);
        }

        /** The transpose of the row-major matrix with {@code cols} columns starting at {@code offset}. */
        public static View transposed(float[] data, int offset, int cols) {
            return new View(data, offset, 1, cols);
        }

        float get(int i, int j) {
            return data[offset + i * rowStride + j * colStride];
        }
    }

    /** The packing buffers of one thread. */
    private static final class Scratch {
        float[] a = new float[0];
        float[] b = new float[0];
        final float[] tile = new float[MR * NR];

        float[] a(int size) {
            if (a.length < size) {
                a = new float[size];
            }
            return a;
        }

        float[] b(int size) {
            if (b.length < size) {
                b = new float[size];
            }
            return b;
        }
    }

    /**
     * C = A·B, or C += A·B when {@code accumulate}, with A [m, k], B [k, n] and C row-major [m, n] at
     * {@code c[cOffset + i * ldc + j]}; split over threads when large.
     */
    public static void multiply(
            int m, int n, int k, View a, View b, float[] c, int cOffset, int ldc, boolean accumulate) {
        if (m <= 0 || n <= 0) {
            return;
        }
        int nPanels = (n + NR - 1) / NR;
        int mPanels = (m + MR - 1) / MR;
        float[] bp = SCRATCH.get().b(nPanels * NR * Math.max(k, 1));
        boolean parallel = (long) m * n * k >= PARALLEL_WORK && Parallel.threads() > 1;
        if (parallel) {
            Parallel.forEach(nPanels, jp -> packB(b, k, n, jp, bp));
            int tasks = (mPanels + PANELS_PER_TASK - 1) / PANELS_PER_TASK;
            Parallel.forEach(
                    tasks,
                    t -> compute(
                            m,
                            n,
                            k,
                            a,
                            bp,
                            c,
                            cOffset,
                            ldc,
                            accumulate,
                            t * PANELS_PER_TASK,
                            Math.min(mPanels, (t + 1) * PANELS_PER_TASK)));
        } else {
            for (int jp = 0; jp < nPanels; jp++) {
                packB(b, k, n, jp, bp);
            }
            for (int p0 = 0; p0 < mPanels; p0 += PANELS_PER_TASK) {
                compute(m, n, k, a, bp, c, cOffset, ldc, accumulate, p0, Math.min(mPanels, p0 + PANELS_PER_TASK));
            }
        }
    }

    /** Packs columns [jp·NR, jp·NR + NR) of B into bp[jp·k·NR ..) as k rows of NR, zero-padded. */
    private static void packB(View b, int k, int n, int jp, float[] bp) {
        int j0 = jp * NR;
        int cols = Math.min(NR, n - j0);
        int o = jp * k * NR;
        float[] d = b.data();
        if (b.colStride() == 1) {
            for (int p = 0; p < k; p++) {
                int dst = o + p * NR;
                System.arraycopy(d, b.offset() + p * b.rowStride() + j0, bp, dst, cols);
                for (int j = cols; j < NR; j++) {
                    bp[dst + j] = 0f;
                }
            }
            return;
        }
        for (int j = 0; j < NR; j++) {
            if (j < cols) {
                int src = b.offset() + (j0 + j) * b.colStride();
                for (int p = 0; p < k; p++) {
                    bp[o + p * NR + j] = d[src + p * b.rowStride()];
                }
            } else {
                for (int p = 0; p < k; p++) {
                    bp[o + p * NR + j] = 0f;
                }
            }
        }
    }

    /** Computes the rows of C in row panels [p0, p1): packs them of A, then runs the tile over every panel of B. */
    private static void compute(
            int m,
            int n,
            int k,
            View a,
            float[] bp,
            float[] c,
            int cOffset,
            int ldc,
            boolean accumulate,
            int p0,
            int p1) {
        Scratch s = SCRATCH.get();
        float[] ap = s.a((p1 - p0) * MR * Math.max(k, 1));
        for (int ip = p0; ip < p1; ip++) {
            packA(a, m, k, ip, ap, (ip - p0) * MR * k);
        }
        int nPanels = (n + NR - 1) / NR;
        for (int jp = 0; jp < nPanels; jp++) {
            int cols = Math.min(NR, n - jp * NR);
            for (int ip = p0; ip < p1; ip++) {
                int rows = Math.min(MR, m - ip * MR);
                tile(
                        k,
                        ap,
                        (ip - p0) * MR * k,
                        bp,
                        jp * k * NR,
                        c,
                        cOffset + ip * MR * ldc + jp * NR,
                        ldc,
                        rows,
                        cols,
                        accumulate,
                        s.tile);
            }
        }
    }

    /** Packs rows [ip·MR, ip·MR + MR) of A into ap[o ..) as k columns of MR, zero-padded, reading along A's shorter stride. */
    private static void packA(View a, int m, int k, int ip, float[] ap, int o) {
        float[] d = a.data();
        int rows = Math.min(MR, m - ip * MR);
        int first = a.offset() + ip * MR * a.rowStride();
        if (a.colStride() <= a.rowStride()) {
            for (int r = 0; r < MR; r++) {
                int src = first + r * a.rowStride();
                for (int p = 0; p < k; p++) {
                    ap[o + p * MR + r] = r < rows ? d[src + p * a.colStride()] : 0f;
                }
            }
        } else {
            for (int p = 0; p < k; p++) {
                int src = first + p * a.colStride();
                for (int r = 0; r < MR; r++) {
                    ap[o + p * MR + r] = r < rows ? d[src + r * a.rowStride()] : 0f;
                }
            }
        }
    }

    private static void tile(
            int k,
            float[] ap,
            int ao,
            float[] bp,
            int bo,
            float[] c,
            int co,
            int ldc,
            int rows,
            int cols,
            boolean accumulate,
            float[] tile) {
        FloatVector c00 = FloatVector.zero(S);
        FloatVector c01 = FloatVector.zero(S);
        FloatVector c10 = FloatVector.zero(S);
        FloatVector c11 = FloatVector.zero(S);
        FloatVector c20 = FloatVector.zero(S);
        FloatVector c21 = FloatVector.zero(S);
        FloatVector c30 = FloatVector.zero(S);
        FloatVector c31 = FloatVector.zero(S);
        for (int p = 0; p < k; p++) {
            FloatVector b0 = FloatVector.fromArray(S, bp, bo);
            FloatVector b1 = FloatVector.fromArray(S, bp, bo + L);
            FloatVector a0 = FloatVector.broadcast(S, ap[ao]);
            c00 = b0.fma(a0, c00);
            c01 = b1.fma(a0, c01);
            FloatVector a1 = FloatVector.broadcast(S, ap[ao + 1]);
            c10 = b0.fma(a1, c10);
            c11 = b1.fma(a1, c11);
            FloatVector a2 = FloatVector.broadcast(S, ap[ao + 2]);
            c20 = b0.fma(a2, c20);
            c21 = b1.fma(a2, c21);
            FloatVector a3 = FloatVector.broadcast(S, ap[ao + 3]);
            c30 = b0.fma(a3, c30);
            c31 = b1.fma(a3, c31);
            ao += MR;
            bo += NR;
        }
        if (rows == MR && cols == NR) {
            store(c00, c01, c, co, accumulate);
            store(c10, c11, c, co + ldc, accumulate);
            store(c20, c21, c, co + 2 * ldc, accumulate);
            store(c30, c31, c, co + 3 * ldc, accumulate);
            return;
        }
        c00.intoArray(tile, 0);
        c01.intoArray(tile, L);
        c10.intoArray(tile, NR);
        c11.intoArray(tile, NR + L);
        c20.intoArray(tile, 2 * NR);
        c21.intoArray(tile, 2 * NR + L);
        c30.intoArray(tile, 3 * NR);
        c31.intoArray(tile, 3 * NR + L);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++) {
                int ci = co + r * ldc + j;
                c[ci] = accumulate ? c[ci] + tile[r * NR + j] : tile[r * NR + j];
            }
        }
    }

    private static void store(FloatVector lo, FloatVector hi, float[] c, int co, boolean accumulate) {
        if (accumulate) {
            lo = lo.add(FloatVector.fromArray(S, c, co));
            hi = hi.add(FloatVector.fromArray(S, c, co + L));
        }
        lo.intoArray(c, co);
        hi.intoArray(c, co + L);
    }
}
