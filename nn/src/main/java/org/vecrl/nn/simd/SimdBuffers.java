package org.vecrl.nn.simd;

import java.util.List;
import org.vecrl.nn.Gradients;

/** The array work every SIMD-engine optimizer shares: live arrays, gradient norm and scaling, state copies. */
final class SimdBuffers {

    private SimdBuffers() {}

    /** The live parameter arrays of {@code nets}. */
    static float[][] params(List<SimdMlp> nets) {
        return nets.stream().map(SimdMlp::paramArray).toArray(float[][]::new);
    }

    /** The live gradient arrays of {@code nets}. */
    static float[][] grads(List<SimdMlp> nets) {
        return nets.stream().map(SimdMlp::gradArray).toArray(float[][]::new);
    }

    /** The gradients of {@code nets} for clipping. */
    static Gradients gradients(List<SimdMlp> nets) {
        float[][] grads = grads(nets);
        return new Gradients() {
            @Override
            public double sumOfSquares() {
                return SimdBuffers.sumOfSquares(grads);
            }

            @Override
            public void scale(double factor) {
                SimdBuffers.scale(grads, factor);
            }
        };
    }

    /** Sum of squares of every entry of every array, accumulated in double. */
    static double sumOfSquares(float[][] arrays) {
        double sum = 0;
        for (float[] g : arrays) {
            for (float x : g) {
                sum += (double) x * x;
            }
        }
        return sum;
    }

    /** Multiplies every entry by {@code factor} rounded to float. */
    static void scale(float[][] arrays, double factor) {
        float f = (float) factor;
        for (float[] g : arrays) {
            for (int i = 0; i < g.length; i++) {
                g[i] *= f;
            }
        }
    }

    /** Copies of each array. */
    static float[][] deepCopy(float[][] arrays) {
        float[][] copy = new float[arrays.length][];
        for (int k = 0; k < arrays.length; k++) {
            copy[k] = arrays[k].clone();
        }
        return copy;
    }

    /** Copies each {@code from[k]} into {@code to[k]} (same lengths). */
    static void copyInto(float[][] from, float[][] to) {
        for (int k = 0; k < to.length; k++) {
            System.arraycopy(from[k], 0, to[k], 0, to[k].length);
        }
    }

    /** One zero array per network size. */
    static float[][] zerosLike(float[][] arrays) {
        float[][] out = new float[arrays.length][];
        for (int k = 0; k < arrays.length; k++) {
            out[k] = new float[arrays[k].length];
        }
        return out;
    }
}
