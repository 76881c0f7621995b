package org.vecrl.nn;

/**
 * Which implementation runs a network. {@link #SIMD}: plain Java and the JDK Vector API, CPU only,
 * fastest for small MLPs. {@link #ND4J}: the reference implementation on ND4J arrays, CPU or CUDA.
 * {@link #CUDA}: current NVIDIA GPUs through JavaCPP's CUDA 13 presets, in the {@code vecrl-cuda}
 * module, found at run time through {@link Engines} (build with {@code -Pcuda13}).
 */
public enum Engine {
    ND4J,
    SIMD,
    CUDA
}
