package org.vecrl.core.spaces;

import java.util.random.RandomGenerator;

/**
 * Vectors of n bits, as Gymnasium's {@code MultiBinary(n)}. Members are {@code int[]} of length n
 * holding 0 or 1; they flatten to themselves as floats.
 */
public record MultiBinary(int n) implements BinaryFlattening<int[]> {

    public MultiBinary {
        if (n <= 0) {
            throw new IllegalArgumentException("MultiBinary n=" + n + ": expected n > 0");
        }
    }

    @Override
    public int[] sample(RandomGenerator rng) {
        int[] x = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextInt(2);
        }
        return x;
    }

    @Override
    public boolean contains(Object x) {
        if (!(x instanceof int[] a) || a.length != n) {
            return false;
        }
        for (int v : a) {
            if (v != 0 && v != 1) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int[] shape() {
        return new int[] {n};
    }

    @Override
    public int flatDim() {
        return n;
    }

    @Override
    public void flattenInto(int[] x, float[] out, int offset) {
        check(x, "value");
        for (int i = 0; i < n; i++) {
            out[offset + i] = x[i];
        }
    }

    @Override
    public int[] unflatten(float[] flat, int offset) {
        int[] x = new int[n];
        for (int i = 0; i < n; i++) {
            float v = flat[offset + i];
            if (v != 0f && v != 1f) {
                throw new IllegalArgumentException(
                        "flat value " + v + " at index " + (offset + i) + " for " + this + ": expected 0 or 1");
            }
            x[i] = (int) v;
        }
        return x;
    }

    @Override
    public String toString() {
        return "MultiBinary(" + n + ")";
    }
}
