package org.vecrl.nn.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The dense-layer kernels of the SIMD engine, on float[] with offsets, using the JDK Vector API.
 *
 * <p>Every result is bit-reproducible on a given machine: the kernels use only lane operations that
 * IEEE 754 and the Vector API specify exactly (add, mul, div, fma, min, max, abs, compares), never a
 * lane reduction of unspecified order or a transcendental operator, whose intrinsic (once C2 compiles
 * the code) and scalar fallback (interpreter, C1) round differently. Results may differ between
 * machines whose preferred vector length differs, through the lane grouping of {@link #dot}.
 */
public final class VectorKernels {

    /** The vector species of every SIMD kernel (one species per process: mixing them slows the JIT's code). */
    public static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    /** The number of float lanes of the preferred species, the size of {@link #dot}'s scratch. */
    public static final int LANES = S.length();

    /** Eigen's clamp: inputs beyond it (where the rational form could exceed 1 in magnitude) use ±TANH_CLAMP. */
    private static final float TANH_CLAMP = 7.90531110763549805f;
    /** Below this magnitude tanh(x) = x to float precision (and the rational form would lose it). */
    private static final float TANH_TINY = 0.0004f;

    private static final float ALPHA_1 = 4.89352455891786e-03f;
    private static final float ALPHA_3 = 6.37261928875436e-04f;
    private static final float ALPHA_5 = 1.48572235717979e-05f;
    private static final float ALPHA_7 = 5.12229709037114e-08f;
    private static final float ALPHA_9 = -8.60467152213735e-11f;
    private static final float ALPHA_11 = 2.00018790482477e-13f;
    private static final float ALPHA_13 = -2.76076847742355e-16f;
    private static final float BETA_0 = 4.89352518554385e-03f;
    private static final float BETA_2 = 2.26843463243900e-03f;
    private static final float BETA_4 = 1.18534705686654e-04f;
    private static final float BETA_6 = 1.19825839466702e-06f;

    private VectorKernels() {}

    /** y[yo .. yo+n) += a * x[xo .. xo+n). */
    static void axpy(float a, float[] x, int xo, float[] y, int yo, int n) {
        int i = 0;
        if (n >= LANES) {
            FloatVector va = FloatVector.broadcast(S, a);
            for (int bound = S.loopBound(n); i < bound; i += LANES) {
                FloatVector vy = FloatVector.fromArray(S, y, yo + i);
                FloatVector.fromArray(S, x, xo + i).fma(va, vy).intoArray(y, yo + i);
            }
        }
        for (; i < n; i++) {
            y[yo + i] = Math.fma(a, x[xo + i], y[yo + i]);
        }
    }

    /** y[yo .. yo+n) += x[xo .. xo+n). */
    public static void add(float[] x, int xo, float[] y, int yo, int n) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += LANES) {
            FloatVector.fromArray(S, y, yo + i)
                    .add(FloatVector.fromArray(S, x, xo + i))
                    .intoArray(y, yo + i);
        }
        for (; i < n; i++) {
            y[yo + i] += x[xo + i];
        }
    }

    /**
     * The dot product of x[xo .. xo+n) and y[yo .. yo+n) in a fixed order: one fused multiply-add
     * accumulator per lane over the whole vectors, the lanes summed in index order (through
     * {@code lanes}, a scratch of at least {@link #LANES} floats), then the scalar tail.
     */
    static float dot(float[] x, int xo, float[] y, int yo, int n, float[] lanes) {
        int i = 0;
        float sum = 0f;
        if (n >= LANES) {
            FloatVector acc = FloatVector.zero(S);
            for (int bound = S.loopBound(n); i < bound; i += LANES) {
                acc = FloatVector.fromArray(S, x, xo + i).fma(FloatVector.fromArray(S, y, yo + i), acc);
            }
            acc.intoArray(lanes, 0);
            for (int k = 0; k < LANES; k++) {
                sum += lanes[k];
            }
        }
        for (; i < n; i++) {
            sum = Math.fma(x[xo + i], y[yo + i], sum);
        }
        return sum;
    }

    /** y = tanh(y) on [0, n), every element exactly as {@link #tanh(float)} computes it. */
    static void tanh(float[] y, int n) {
        tanh(y, 0, n);
    }

    /** y = tanh(y) on [from, to), every element exactly as {@link #tanh(float)} computes it. */
    public static void tanh(float[] y, int from, int to) {
        int i = from;
        for (int bound = from + S.loopBound(to - from); i < bound; i += LANES) {
            tanh(FloatVector.fromArray(S, y, i)).intoArray(y, i);
        }
        for (; i < to; i++) {
            y[i] = tanh(y[i]);
        }
    }

    /** tanh of every lane of {@code a}, each exactly as {@link #tanh(float)} computes it. */
    public static FloatVector tanh(FloatVector a) {
        FloatVector x = a.min(TANH_CLAMP).max(-TANH_CLAMP);
        FloatVector x2 = x.mul(x);
        FloatVector p = x2.fma(ALPHA_13, ALPHA_11);
        p = x2.fma(p, FloatVector.broadcast(S, ALPHA_9));
        p = x2.fma(p, FloatVector.broadcast(S, ALPHA_7));
        p = x2.fma(p, FloatVector.broadcast(S, ALPHA_5));
        p = x2.fma(p, FloatVector.broadcast(S, ALPHA_3));
        p = x2.fma(p, FloatVector.broadcast(S, ALPHA_1));
        p = x.mul(p);
        FloatVector q = x2.fma(BETA_6, BETA_4);
        q = x2.fma(q, FloatVector.broadcast(S, BETA_2));
        q = x2.fma(q, FloatVector.broadcast(S, BETA_0));
        VectorMask<Float> tiny = a.abs().compare(VectorOperators.LT, TANH_TINY);
        return p.div(q).blend(a, tiny);
    }

    /**
     * tanh(a) by Eigen's float rational approximation ({@code generic_fast_tanh_float}): x·P(x²)/Q(x²)
     * with P of degree 6 and Q of degree 3 in x², evaluated by Horner's rule with fused multiply-adds,
     * on x = a clamped to ±{@link #TANH_CLAMP}; a itself where |a| &lt; {@link #TANH_TINY}. Within a few
     * float ulps of the exact tanh, and reproducible bit for bit on any JVM.
     */
    public static float tanh(float a) {
        float x = Math.max(Math.min(a, TANH_CLAMP), -TANH_CLAMP);
        float x2 = x * x;
        float p = Math.fma(x2, ALPHA_13, ALPHA_11);
        p = Math.fma(x2, p, ALPHA_9);
        p = Math.fma(x2, p, ALPHA_7);
        p = Math.fma(x2, p, ALPHA_5);
        p = Math.fma(x2, p, ALPHA_3);
        p = Math.fma(x2, p, ALPHA_1);
        p = x * p;
        float q = Math.fma(x2, BETA_6, BETA_4);
        q = Math.fma(x2, q, BETA_2);
        q = Math.fma(x2, q, BETA_0);
        return Math.abs(a) < TANH_TINY ? a : p / q;
    }

    /** y = max(y, 0) on [0, n). */
    public static void relu(float[] y, int n) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += LANES) {
            FloatVector.fromArray(S, y, i).max(0f).intoArray(y, i);
        }
        for (; i < n; i++) {
            y[i] = Math.max(y[i], 0f);
        }
    }

    /** d *= 1 - y² on [0, n), the tanh derivative from its output y. */
    static void tanhBackward(float[] d, float[] y, int n) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += LANES) {
            FloatVector vy = FloatVector.fromArray(S, y, i);
            FloatVector deriv = vy.fma(vy.neg(), FloatVector.broadcast(S, 1f));
            FloatVector.fromArray(S, d, i).mul(deriv).intoArray(d, i);
        }
        for (; i < n; i++) {
            d[i] *= Math.fma(y[i], -y[i], 1f);
        }
    }

    /** d = 0 where y ≤ 0 on [0, n), the ReLU derivative from its output y. */
    public static void reluBackward(float[] d, float[] y, int n) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += LANES) {
            VectorMask<Float> dead = FloatVector.fromArray(S, y, i).compare(VectorOperators.LE, 0f);
            FloatVector.fromArray(S, d, i).blend(0f, dead).intoArray(d, i);
        }
        for (; i < n; i++) {
            if (y[i] <= 0f) {
                d[i] = 0f;
            }
        }
    }
}
