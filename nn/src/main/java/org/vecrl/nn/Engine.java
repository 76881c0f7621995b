package org.vecrl.nn;

/**
 * Which implementation runs a network. {@link #SIMD}: plain Java and the JDK Vector API, CPU only,
 * fastest for small MLPs. {@link #ND4J}: the reference implementation on ND4J arrays, CPU or CUDA.
 */
public enum Engine {
    ND4J,
    SIMD
}
