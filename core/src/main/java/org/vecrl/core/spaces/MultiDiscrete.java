package org.vecrl.core.spaces;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A vector of k independent discrete values, element i in {@code start[i], ..., start[i]+nvec[i]-1},
 * as Gymnasium's {@code MultiDiscrete(nvec, start)}. Members are {@code int[]} of length k.
 * Flattens to the concatenation of k one-hot vectors (length {@code sum(nvec)}).
 */
public final class MultiDiscrete implements BinaryFlattening<int[]> {
    private final int[] nvec;
    private final int[] start;
    private final int flatDim;

    /** Element i takes values {@code 0..nvec[i]-1}. */
    public MultiDiscrete(int... nvec) {
        this(nvec, new int[nvec.length]);
    }

    /** Element i takes values {@code start[i]..start[i]+nvec[i]-1}. */
    public MultiDiscrete(int[] nvec, int[] start) {
        if (nvec.length != start.length) {
            throw new IllegalArgumentException("MultiDiscrete nvec " + Spaces.numpyString(nvec) + " and start "
                    + Spaces.numpyString(start) + ": expected the same length");
        }
        int dim = 0;
        for (int i = 0; i < nvec.length; i++) {
            if (nvec[i] <= 0) {
                throw new IllegalArgumentException(
                        "MultiDiscrete nvec " + Spaces.numpyString(nvec) + ": expected every entry > 0");
            }
            if ((long) start[i] + nvec[i] - 1 > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("MultiDiscrete element " + i + " with start " + start[i] + " and n "
                        + nvec[i] + ": the largest value does not fit in an int");
            }
            dim = Math.addExact(dim, nvec[i]);
        }
        this.nvec = nvec.clone();
        this.start = start.clone();
        this.flatDim = dim;
    }

    /** The number of values of each element (a copy). */
    public int[] nvec() {
        return nvec.clone();
    }

    /** The smallest value of each element (a copy). */
    public int[] start() {
        return start.clone();
    }

    @Override
    public int[] sample(RandomGenerator rng) {
        int[] x = new int[nvec.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = start[i] + rng.nextInt(nvec[i]);
        }
        return x;
    }

    @Override
    public boolean contains(Object x) {
        if (!(x instanceof int[] a) || a.length != nvec.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] < start[i] || (long) a[i] - start[i] >= nvec[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int[] shape() {
        return new int[] {nvec.length};
    }

    @Override
    public int flatDim() {
        return flatDim;
    }

    @Override
    public void flattenInto(int[] x, float[] out, int offset) {
        check(x, "value");
        Arrays.fill(out, offset, offset + flatDim, 0f);
        int block = offset;
        for (int i = 0; i < x.length; i++) {
            out[block + x[i] - start[i]] = 1f;
            block += nvec[i];
        }
    }

    @Override
    public int[] unflatten(float[] flat, int offset) {
        int[] x = new int[nvec.length];
        int block = offset;
        for (int i = 0; i < x.length; i++) {
            x[i] = start[i] + firstNonZero(flat, block, nvec[i], i);
            block += nvec[i];
        }
        return x;
    }

    private int firstNonZero(float[] flat, int from, int n, int element) {
        for (int j = 0; j < n; j++) {
            if (flat[from + j] != 0f) {
                return j;
            }
        }
        throw new IllegalArgumentException("flat vector " + Arrays.toString(Arrays.copyOfRange(flat, from, from + n))
                + " for element " + element + " of " + this + ": expected a one-hot vector of length " + n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultiDiscrete m && Arrays.equals(nvec, m.nvec) && Arrays.equals(start, m.start);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(nvec) + Arrays.hashCode(start);
    }

    @Override
    public String toString() {
        boolean zeroStart = Arrays.stream(start).allMatch(s -> s == 0);
        return "MultiDiscrete(" + Spaces.numpyString(nvec) + (zeroStart ? "" : ", start=" + Spaces.numpyString(start))
                + ")";
    }
}
