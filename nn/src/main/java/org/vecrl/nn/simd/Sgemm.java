package org.vecrl.nn.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Single-precision matrix products C = A·B or C += A·B with the JDK Vector API, where A [m, k] and B
 * [k, n] are {@link View views} with any strides (a transposed operand needs no copy) and C is
 * row-major. A is read in place; B is packed into panels of two vectors of columns, or read in place
 * for short products where its rows are contiguous. A register tile of {@value #MR} rows × two vectors accumulates each block of C over the whole k
 * dimension (over blocks of it, one after the other, for very deep products). Products of one or two columns run
 * as scalar chains eight rows at a time, or, when A's columns are contiguous, as their transpose through the tile.
 *
 * <p>Every element is the fused multiply-add chain {@code s = fma(a[i][p], b[p][j], s)} over p = 0 ..
 * k-1 from s = 0, then stored (or added to C's value); or, by {@link #multiplyOnto}, the chain from s =
 * C's value, what a loop of axpys over p computes: the same bits whatever the tile, the thread or
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
    /**
     * The depth of one block of a blocked product: products deeper than this whose C is at most {@value
     * #BLOCKED_C} elements (a weight gradient Xᵀ·dY over a minibatch), or deeper than {@value #BLOCKED_DEPTH},
     * run in blocks of it, so that the block of A and the panel of B each tile reads stay in the core's cache
     * instead of streaming the whole of A from memory for every tile (five times faster at 4096 rows).
     */
    private static final int KC = 512;
    /** The largest C (in elements) that blocks from {@value #KC} deep: every block reads and writes C again. */
    private static final long BLOCKED_C = 1L << 16;
    /** The depth from which every product runs in blocks. */
    private static final int BLOCKED_DEPTH = 4096;
    /** Products of at most this many rows read B in place. */
    private static final int IN_PLACE_ROWS = 32;
    /**
     * Products of at most this many columns (an MLP's value or action head, and its weight gradient) would fill so
     * little of the tile's {@link #NR} columns that they run by {@link #narrow} or {@link #transposed} instead.
     */
    private static final int NARROW_COLS = 2;
    /** The rows of {@link #narrow}'s block: its independent chains per column. */
    private static final int NARROW_ROWS = 8;

    /** The zero accumulators a chain from 0 starts from. */
    private static final float[] ZEROS = new float[NR];

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

    /** What a product does with C: overwrite it, add to it, or start every chain from its value. */
    private enum Mode {
        STORE,
        ADD,
        ONTO
    }

    /** The packing buffers of one thread. */
    private static final class Scratch {
        float[] b = new float[0];
        float[] transposed = new float[0];
        final float[] tile = new float[MR * NR];

        float[] b(int size) {
            b = atLeast(b, size);
            return b;
        }

        float[] transposed(int size) {
            transposed = atLeast(transposed, size);
            return transposed;
        }

        private static float[] atLeast(float[] buffer, int size) {
            return buffer.length < size ? new float[size] : buffer;
        }
    }

    /**
     * C = A·B, or C += A·B when {@code accumulate}, with A [m, k], B [k, n] and C row-major [m, n] at
     * {@code c[cOffset + i * ldc + j]}; split over threads when large.
     */
    public static void multiply(
            int m, int n, int k, View a, View b, float[] c, int cOffset, int ldc, boolean accumulate) {
        run(m, n, k, a, b, c, cOffset, ldc, accumulate ? Mode.ADD : Mode.STORE, Parallel.threads() > 1);
    }

    /**
     * C += A·B where every element is the chain {@code s = fma(a[i][p], b[p][j], s)} over p = 0 .. k-1
     * started from s = C's value (one rounding per multiply-add, as a loop of axpys into C computes it),
     * with A [m, k], B [k, n] and C row-major [m, n] at {@code c[cOffset + i * ldc + j]}. Runs on the
     * calling thread: it is for the small products of an MLP layer, which handing half to another
     * thread made twice as slow on the project's 2-core machine.
     */
    public static void multiplyOnto(int m, int n, int k, View a, View b, float[] c, int cOffset, int ldc) {
        run(m, n, k, a, b, c, cOffset, ldc, Mode.ONTO, false);
    }

    /**
     * The product, in blocks of the k dimension when it is deep (see {@link #KC}; not in {@link Mode#ADD}, whose
     * chain must start from 0 apart from C): each block after the first continues every element's chain from the
     * value the block before stored, which is exactly the unblocked chain.
     */
    private static void run(
            int m, int n, int k, View a, View b, float[] c, int cOffset, int ldc, Mode mode, boolean threads) {
        if (n <= NARROW_COLS && a.rowStride() == 1 && m >= NR) {
            transposed(m, n, k, a, b, c, cOffset, ldc, mode, threads);
            return;
        }
        boolean deep = k > BLOCKED_DEPTH || (k > KC && (long) m * n <= BLOCKED_C);
        if (!deep || mode == Mode.ADD) {
            runBlock(m, n, k, a, b, c, cOffset, ldc, mode, threads);
            return;
        }
        for (int k0 = 0; k0 < k; k0 += KC) {
            View ak = new View(a.data(), a.offset() + k0 * a.colStride(), a.rowStride(), a.colStride());
            View bk = new View(b.data(), b.offset() + k0 * b.rowStride(), b.rowStride(), b.colStride());
            runBlock(m, n, Math.min(KC, k - k0), ak, bk, c, cOffset, ldc, k0 == 0 ? mode : Mode.ONTO, threads);
        }
    }

    private static void runBlock(
            int m, int n, int k, View a, View b, float[] c, int cOffset, int ldc, Mode mode, boolean threads) {
        if (m <= 0 || n <= 0) {
            return;
        }
        if (n <= NARROW_COLS) {
            narrow(m, n, k, a, b, c, cOffset, ldc, mode);
            return;
        }
        int nPanels = (n + NR - 1) / NR;
        int mPanels = (m + MR - 1) / MR;
        float[] bp = SCRATCH.get().b(nPanels * NR * Math.max(k, 1));
        boolean parallel = threads && (long) m * n * k >= PARALLEL_WORK;
        if (parallel) {
            Parallel.forEach(nPanels, jp -> packB(m, b, k, n, jp, bp));
            int tasks = (mPanels + PANELS_PER_TASK - 1) / PANELS_PER_TASK;
            Parallel.forEach(
                    tasks,
                    t -> compute(
                            m,
                            n,
                            k,
                            a,
                            b,
                            bp,
                            c,
                            cOffset,
                            ldc,
                            mode,
                            t * PANELS_PER_TASK,
                            Math.min(mPanels, (t + 1) * PANELS_PER_TASK)));
        } else {
            for (int jp = 0; jp < nPanels; jp++) {
                packB(m, b, k, n, jp, bp);
            }
            for (int p0 = 0; p0 < mPanels; p0 += PANELS_PER_TASK) {
                compute(m, n, k, a, b, bp, c, cOffset, ldc, mode, p0, Math.min(mPanels, p0 + PANELS_PER_TASK));
            }
        }
    }

    /**
     * A product of at most {@value #NARROW_COLS} columns whose A has contiguous columns (a weight gradient Xᵀ·dY of a
     * narrow layer), as its transpose Cᵀ = Bᵀ·Aᵀ through a scratch copy of Cᵀ: Aᵀ has contiguous rows, so the tile
     * runs the long dimension along its vectors (in blocks of k when deep: C and Cᵀ are copied once per product).
     * fma(a, b, s) = fma(b, a, s), so every chain keeps its bits.
     */
    private static void transposed(
            int m, int n, int k, View a, View b, float[] c, int cOffset, int ldc, Mode mode, boolean threads) {
        float[] ct = SCRATCH.get().transposed(n * m);
        if (mode == Mode.ONTO) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    ct[j * m + i] = c[cOffset + i * ldc + j];
                }
            }
        }
        View bt = new View(b.data(), b.offset(), b.colStride(), b.rowStride());
        View at = new View(a.data(), a.offset(), a.colStride(), a.rowStride());
        run(n, m, k, bt, at, ct, 0, m, mode == Mode.ONTO ? Mode.ONTO : Mode.STORE, threads);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int ci = cOffset + i * ldc + j;
                c[ci] = mode == Mode.ADD ? c[ci] + ct[j * m + i] : ct[j * m + i];
            }
        }
    }

    /**
     * A product of at most {@value #NARROW_COLS} columns in scalar chains: with A's rows contiguous, {@value
     * #NARROW_ROWS} rows at a time (each column of them against a contiguous copy of B's column, while the rows
     * are in cache), so that the chains' multiply-adds overlap and every index is the loop's counter plus a
     * constant.
     */
    private static void narrow(int m, int n, int k, View a, View b, float[] c, int cOffset, int ldc, Mode mode) {
        float[] columns = SCRATCH.get().b(n * k);
        for (int j = 0; j < n; j++) {
            for (int p = 0; p < k; p++) {
                columns[j * k + p] = b.get(p, j);
            }
        }
        int i = 0;
        if (a.colStride() == 1) {
            for (; i + NARROW_ROWS <= m; i += NARROW_ROWS) {
                for (int j = 0; j < n; j++) {
                    narrowBlock(k, a, i, columns, j * k, c, cOffset + i * ldc + j, ldc, mode);
                }
            }
        }
        for (; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int ci = cOffset + i * ldc + j;
                float s = mode == Mode.ONTO ? c[ci] : 0f;
                for (int p = 0; p < k; p++) {
                    s = Math.fma(a.get(i, p), columns[j * k + p], s);
                }
                c[ci] = mode == Mode.ADD ? c[ci] + s : s;
            }
        }
    }

    /**
     * One column of rows [i0, i0 + {@value #NARROW_ROWS}) of C, as eight interleaved scalar chains, from B's column
     * at {@code columns[bo ..)}.
     */
    private static void narrowBlock(
            int k, View a, int i0, float[] columns, int bo, float[] c, int co, int ldc, Mode mode) {
        float[] ad = a.data();
        int rs = a.rowStride();
        int a0 = a.offset() + i0 * rs;
        int a1 = a0 + rs;
        int a2 = a1 + rs;
        int a3 = a2 + rs;
        int a4 = a3 + rs;
        int a5 = a4 + rs;
        int a6 = a5 + rs;
        int a7 = a6 + rs;
        boolean onto = mode == Mode.ONTO;
        float s0 = onto ? c[co] : 0f;
        float s1 = onto ? c[co + ldc] : 0f;
        float s2 = onto ? c[co + 2 * ldc] : 0f;
        float s3 = onto ? c[co + 3 * ldc] : 0f;
        float s4 = onto ? c[co + 4 * ldc] : 0f;
        float s5 = onto ? c[co + 5 * ldc] : 0f;
        float s6 = onto ? c[co + 6 * ldc] : 0f;
        float s7 = onto ? c[co + 7 * ldc] : 0f;
        for (int p = 0; p < k; p++) {
            float x = columns[bo + p];
            s0 = Math.fma(ad[a0 + p], x, s0);
            s1 = Math.fma(ad[a1 + p], x, s1);
            s2 = Math.fma(ad[a2 + p], x, s2);
            s3 = Math.fma(ad[a3 + p], x, s3);
            s4 = Math.fma(ad[a4 + p], x, s4);
            s5 = Math.fma(ad[a5 + p], x, s5);
            s6 = Math.fma(ad[a6 + p], x, s6);
            s7 = Math.fma(ad[a7 + p], x, s7);
        }
        boolean add = mode == Mode.ADD;
        c[co] = add ? c[co] + s0 : s0;
        c[co + ldc] = add ? c[co + ldc] + s1 : s1;
        c[co + 2 * ldc] = add ? c[co + 2 * ldc] + s2 : s2;
        c[co + 3 * ldc] = add ? c[co + 3 * ldc] + s3 : s3;
        c[co + 4 * ldc] = add ? c[co + 4 * ldc] + s4 : s4;
        c[co + 5 * ldc] = add ? c[co + 5 * ldc] + s5 : s5;
        c[co + 6 * ldc] = add ? c[co + 6 * ldc] + s6 : s6;
        c[co + 7 * ldc] = add ? c[co + 7 * ldc] + s7 : s7;
    }

    /**
     * Whether the tile reads panel jp of B where it is: a full panel of a B whose rows are contiguous, in a
     * product of at most {@value #IN_PLACE_ROWS} rows (with more, the packed panel's locality pays for the
     * copy; with few, the copy costs as much as the product).
     */
    private static boolean inPlace(int m, View b, int n, int jp) {
        return m <= IN_PLACE_ROWS && b.colStride() == 1 && (jp + 1) * NR <= n;
    }

    /** Packs columns [jp·NR, jp·NR + NR) of B into bp[jp·k·NR ..) as k rows of NR, zero-padded. */
    private static void packB(int m, View b, int k, int n, int jp, float[] bp) {
        if (inPlace(m, b, n, jp)) {
            return;
        }
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
        for (int p = 0; p < k; p++) {
            int src = b.offset() + p * b.rowStride() + j0 * b.colStride();
            int dst = o + p * NR;
            for (int j = 0; j < cols; j++) {
                bp[dst + j] = d[src + j * b.colStride()];
            }
            for (int j = cols; j < NR; j++) {
                bp[dst + j] = 0f;
            }
        }
    }

    /** Computes the rows of C in row panels [p0, p1), running the tile over every panel of B for each. */
    private static void compute(
            int m,
            int n,
            int k,
            View a,
            View b,
            float[] bp,
            float[] c,
            int cOffset,
            int ldc,
            Mode mode,
            int p0,
            int p1) {
        float[] tile = SCRATCH.get().tile;
        int nPanels = (n + NR - 1) / NR;
        for (int jp = 0; jp < nPanels; jp++) {
            int cols = Math.min(NR, n - jp * NR);
            boolean inPlace = inPlace(m, b, n, jp);
            float[] bd = inPlace ? b.data() : bp;
            int bo = inPlace ? b.offset() + jp * NR : jp * k * NR;
            int bStride = inPlace ? b.rowStride() : NR;
            for (int ip = p0; ip < p1; ip++) {
                int rows = Math.min(MR, m - ip * MR);
                tile(k, a, ip * MR, rows, bd, bo, bStride, c, cOffset + ip * MR * ldc + jp * NR, ldc, cols, mode, tile);
            }
        }
    }

    /**
     * One MR × NR block of C from rows [i0, i0 + rows) of A, read in place (a missing row of an edge block
     * reads row i0 again, and its results are dropped), and a panel of B whose row p is at bp[bo + p·bStride
     * ..) (packed, or B itself). The accumulators start from zero, or from C's block in {@link Mode#ONTO}
     * (through {@code tile} for an edge block, whose missing rows C may not have).
     */
    private static void tile(
            int k,
            View a,
            int i0,
            int rows,
            float[] bp,
            int bo,
            int bStride,
            float[] c,
            int co,
            int ldc,
            int cols,
            Mode mode,
            float[] tile) {
        float[] ad = a.data();
        int cs = a.colStride();
        int a0 = a.offset() + i0 * a.rowStride();
        int a1 = rows > 1 ? a0 + a.rowStride() : a0;
        int a2 = rows > 2 ? a0 + 2 * a.rowStride() : a0;
        int a3 = rows > 3 ? a0 + 3 * a.rowStride() : a0;
        boolean full = rows == MR && cols == NR;
        float[] init = ZEROS;
        int io = 0;
        int is = 0;
        if (mode == Mode.ONTO && full) {
            init = c;
            io = co;
            is = ldc;
        } else if (mode == Mode.ONTO) {
            for (int r = 0; r < rows; r++) {
                System.arraycopy(c, co + r * ldc, tile, r * NR, cols);
            }
            init = tile;
            is = NR;
        }
        FloatVector c00 = FloatVector.fromArray(S, init, io);
        FloatVector c01 = FloatVector.fromArray(S, init, io + L);
        FloatVector c10 = FloatVector.fromArray(S, init, io + is);
        FloatVector c11 = FloatVector.fromArray(S, init, io + is + L);
        FloatVector c20 = FloatVector.fromArray(S, init, io + 2 * is);
        FloatVector c21 = FloatVector.fromArray(S, init, io + 2 * is + L);
        FloatVector c30 = FloatVector.fromArray(S, init, io + 3 * is);
        FloatVector c31 = FloatVector.fromArray(S, init, io + 3 * is + L);
        for (int p = 0, ao = 0; p < k; p++, ao += cs) {
            FloatVector b0 = FloatVector.fromArray(S, bp, bo);
            FloatVector b1 = FloatVector.fromArray(S, bp, bo + L);
            FloatVector x0 = FloatVector.broadcast(S, ad[a0 + ao]);
            c00 = b0.fma(x0, c00);
            c01 = b1.fma(x0, c01);
            FloatVector x1 = FloatVector.broadcast(S, ad[a1 + ao]);
            c10 = b0.fma(x1, c10);
            c11 = b1.fma(x1, c11);
            FloatVector x2 = FloatVector.broadcast(S, ad[a2 + ao]);
            c20 = b0.fma(x2, c20);
            c21 = b1.fma(x2, c21);
            FloatVector x3 = FloatVector.broadcast(S, ad[a3 + ao]);
            c30 = b0.fma(x3, c30);
            c31 = b1.fma(x3, c31);
            bo += bStride;
        }
        boolean accumulate = mode == Mode.ADD;
        if (full) {
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
