package org.vecrl.nn.nd4j;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Copies between Java float[] batches and whole (offset 0, c-order) float INDArrays on any backend. */
public final class Nd4jArrays {

    private Nd4jArrays() {}

    /**
     * Copies the first {@code staging.length} floats of {@code src} into {@code dst}, which must hold
     * exactly that many; {@code staging} is a reusable host array of that length.
     */
    public static void copyIn(float[] src, float[] staging, INDArray dst) {
        if (dst.length() != staging.length) {
            throw new IllegalArgumentException(
                    "destination has " + dst.length() + " elements: expected " + staging.length);
        }
        System.arraycopy(src, 0, staging, 0, staging.length);
        dst.data().setData(staging);
    }

    /** Copies all elements of {@code src} into the start of {@code dst}. */
    public static void copyOut(INDArray src, float[] dst) {
        float[] host = src.data().asFloat();
        System.arraycopy(host, 0, dst, 0, (int) src.length());
    }
}
