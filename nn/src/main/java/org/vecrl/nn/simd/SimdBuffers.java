package org.vecrl.nn.simd;

/** The array work every SIMD-engine optimizer shares: gradient norm, scaling, state copies. */
final class SimdBuffers {

    private SimdBuffers() {}

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
