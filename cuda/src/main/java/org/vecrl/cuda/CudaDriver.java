package org.vecrl.cuda;

/**
 * The few driver and runtime calls that {@link CudaProbe} makes, behind an interface so that each way of
 * failing can be tested without a GPU. {@link JavaCppCudaDriver} is the real one.
 */
interface CudaDriver {

    /** The JavaCPP platform, e.g. "linux-x86_64". */
    String platform();

    /** Whether the JavaCPP CUDA natives for {@link #platform()} are on the class path. */
    boolean nativesOnClassPath();

    /** Loads the JNI natives and with them libcudart and libcuda; throws (a {@link LinkageError}) when one is missing. */
    void load();

    /** {@code cuInit(0)}'s result code. */
    int init();

    /** The CUDA version the driver supports ({@code cuDriverGetVersion}), 0 if it fails. */
    int driverVersion();

    /** The runtime library's version ({@code cudaRuntimeGetVersion}), 0 if it fails. */
    int runtimeVersion();

    /** The number of devices ({@code cuDeviceGetCount}); throws {@link CudaException} on an error. */
    int deviceCount();

    /** Device {@code index}'s name, compute capability and memory; throws {@link CudaException} on an error. */
    CudaDevice device(int index);
}
