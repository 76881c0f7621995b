package org.vecrl.core.spaces;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The integers {@code start, start+1, ..., start+n-1}, as Gymnasium's {@code Discrete(n, start)}.
 * Members are {@link Integer}s. Flattens to a one-hot vector of length n.
 */
public record Discrete(int n, int start) implements BinaryFlattening<Integer> {

    public Discrete {
        if (n <= 0) {
            throw new IllegalArgumentException("Discrete n=" + n + ": expected n > 0");
        }
        if ((long) start + n - 1 > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Discrete(" + n + ", start=" + start + "): the largest value "
                    + ((long) start + n - 1) + " does not fit in an int");
        }
    }

    /** {@code Discrete(n)} starting at 0. */
    public Discrete(int n) {
        this(n, 0);
    }

    @Override
    public Integer sample(RandomGenerator rng) {
        return start + rng.nextInt(n);
    }

    /** Whether {@code a} is one of the n values. */
    public boolean contains(int a) {
        return a >= start && (long) a - start < n;
    }

    @Override
    public boolean contains(Object x) {
        return x instanceof Integer a && contains(a.intValue());
    }

    @Override
    public int[] shape() {
        return new int[0];
    }

    @Override
    public int flatDim() {
        return n;
    }

    @Override
    public void flattenInto(Integer x, float[] out, int offset) {
        check(x, "value");
        Arrays.fill(out, offset, offset + n, 0f);
        out[offset + x - start] = 1f;
    }

    @Override
    public Integer unflatten(float[] flat, int offset) {
        for (int i = 0; i < n; i++) {
            if (flat[offset + i] != 0f) {
                return start + i;
            }
        }
        throw new IllegalArgumentException(
                "flat vector " + Arrays.toString(Arrays.copyOfRange(flat, offset, offset + n)) + " for " + this
                        + ": expected a one-hot vector of length " + n);
    }

    @Override
    public String toString() {
        return start == 0 ? "Discrete(" + n + ")" : "Discrete(" + n + ", start=" + start + ")";
    }
}
