package org.vecrl.core.spaces;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A (possibly unbounded) box in R^n of float32 values, as Gymnasium's {@code Box(low, high, shape)}.
 * Members are {@code float[]} in row-major order. Sampling follows Gymnasium: uniform on bounded
 * dimensions, normal on unbounded ones, shifted exponential on half-bounded ones.
 */
public final class Box implements Space<float[]> {
    private final float[] low;
    private final float[] high;
    private final int[] shape;

    /** A box with per-element bounds; {@code low} and {@code high} have {@code size(shape)} entries. */
    public Box(float[] low, float[] high, int... shape) {
        int size = Spaces.size(shape);
        if (low.length != size || high.length != size) {
            throw new IllegalArgumentException("Box bounds of length " + low.length + "/" + high.length + " for shape "
                    + Spaces.shapeString(shape) + ": expected length " + size);
        }
        for (int i = 0; i < size; i++) {
            if (Float.isNaN(low[i]) || Float.isNaN(high[i]) || low[i] > high[i]) {
                throw new IllegalArgumentException(
                        "Box bound " + i + " is [" + low[i] + ", " + high[i] + "]: expected low <= high and no NaN");
            }
        }
        this.low = withoutNegativeZero(low);
        this.high = withoutNegativeZero(high);
        this.shape = shape.clone();
    }

    /** A box with the same scalar bounds on every element. */
    public Box(float low, float high, int... shape) {
        this(filled(low, shape), filled(high, shape), shape);
    }

    /** A copy in which -0.0 is 0.0, so that equal boxes are {@code equals}. */
    private static float[] withoutNegativeZero(float[] bounds) {
        float[] copy = new float[bounds.length];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = bounds[i] + 0.0f;
        }
        return copy;
    }

    private static float[] filled(float v, int[] shape) {
        float[] a = new float[Spaces.size(shape)];
        Arrays.fill(a, v);
        return a;
    }

    /** Lower bounds, one per element (a copy). */
    public float[] low() {
        return low.clone();
    }

    /** Upper bounds, one per element (a copy). */
    public float[] high() {
        return high.clone();
    }

    /** Lower bound of element i. */
    public float low(int i) {
        return low[i];
    }

    /** Upper bound of element i. */
    public float high(int i) {
        return high[i];
    }

    /** Whether every element has finite bounds on both sides. */
    public boolean isBounded() {
        for (int i = 0; i < low.length; i++) {
            if (Float.isInfinite(low[i]) || Float.isInfinite(high[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public float[] sample(RandomGenerator rng) {
        float[] x = new float[low.length];
        for (int i = 0; i < x.length; i++) {
            boolean lo = !Float.isInfinite(low[i]);
            boolean hi = !Float.isInfinite(high[i]);
            double v;
            if (lo && hi) {
                v = low[i] + (high[i] - (double) low[i]) * rng.nextDouble();
            } else if (lo) {
                v = low[i] + rng.nextExponential();
            } else if (hi) {
                v = high[i] - rng.nextExponential();
            } else {
                v = rng.nextGaussian();
            }
            x[i] = (float) Math.min(Math.max(v, low[i]), high[i]);
        }
        return x;
    }

    @Override
    public boolean contains(Object x) {
        if (!(x instanceof float[] a) || a.length != low.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] >= low[i] && a[i] <= high[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public int flatDim() {
        return low.length;
    }

    @Override
    public Box flatSpace() {
        return shape.length == 1 ? this : new Box(low, high, low.length);
    }

    @Override
    public void flattenInto(float[] x, float[] out, int offset) {
        if (x.length != low.length) {
            throw new IllegalArgumentException(
                    "value of length " + x.length + " for " + this + ": expected length " + low.length);
        }
        System.arraycopy(x, 0, out, offset, x.length);
    }

    @Override
    public float[] unflatten(float[] flat, int offset) {
        return Arrays.copyOfRange(flat, offset, offset + low.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Box b
                && Arrays.equals(shape, b.shape)
                && Arrays.equals(low, b.low)
                && Arrays.equals(high, b.high);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(shape) + Arrays.hashCode(low)) + Arrays.hashCode(high);
    }

    @Override
    public String toString() {
        return "Box(" + bound(low) + ", " + bound(high) + ", " + Spaces.shapeString(shape) + ", float32)";
    }

    private static String bound(float[] b) {
        for (float v : b) {
            if (Float.compare(v, b[0]) != 0) {
                return Arrays.toString(b);
            }
        }
        return b.length == 0 ? "[]" : Spaces.numpyString(b[0]);
    }
}
