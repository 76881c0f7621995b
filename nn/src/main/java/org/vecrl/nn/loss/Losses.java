package org.vecrl.nn.loss;

/** Argument checks shared by the loss functions. */
final class Losses {

    private Losses() {}

    static void checkLength(int n, float[]... arrays) {
        if (n <= 0) {
            throw new IllegalArgumentException("batch n=" + n + ": expected > 0");
        }
        for (float[] a : arrays) {
            if (a.length < n) {
                throw new IllegalArgumentException("array of length " + a.length + ": expected at least n=" + n);
            }
        }
    }
}
