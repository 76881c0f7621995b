package org.vecrl.nn.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** The dense-layer kernels of the SIMD engine, on float[] with offsets, using the JDK Vector API. */
final class VectorKernels {

    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = S.length();

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
    static void add(float[] x, int xo, float[] y, int yo, int n) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += LANES) {
            FloatVector.fromArray(S, y, yo + i).add(FloatVector.fromArray(S, x, xo + i)).intoArray(y, yo + i);
        }
        for (; i < n; i++) {
            y[yo + i] += x[xo + i];
        }
    }

    /** The dot product of x[xo .. xo+n) and y[yo .. yo+n). */
    static float dot(float[] x, int xo, float[] y, int yo, int n) {
        int i = 0;
        float sum = 0f;
        if (n >= LANES) {
            FloatVector acc = FloatVector.zero(S);
            for (int bound = S.loopBound(n); i < bound; i += LANES) {
                acc = FloatVector.fromArray(S, x, xo + i).fma(FloatVector.fromArray(S, y, yo + i), acc);
            }
            sum = acc.reduceLanes(VectorOperators.ADD);
        }
        for (; i < n; i++) {
            sum = Math.fma(x[xo + i], y[yo + i], sum);
        }
        return sum;
    }

    /** y = tanh(y) on [0, n). */
    static void tanh(float[] y, int n) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += LANES) {
            FloatVector.fromArray(S, y, i).lanewise(VectorOperators.TANH).intoArray(y, i);
        }
        for (; i < n; i++) {
            y[i] = (float) Math.tanh(y[i]);
        }
    }

    /** y = max(y, 0) on [0, n). */
    static void relu(float[] y, int n) {
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
    static void reluBackward(float[] d, float[] y, int n) {
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
