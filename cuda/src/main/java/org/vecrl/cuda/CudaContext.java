package org.vecrl.cuda;

import static org.bytedeco.cuda.global.cudart.cudaDeviceSynchronize;
import static org.bytedeco.cuda.global.cudart.cudaSetDevice;

/**
 * The process's CUDA context: the primary context of the first device, shared by the runtime API, the driver
 * API (kernels) and cuBLAS. The current device is per thread, so every entry point calls {@link #get()}, which
 * binds it to the calling thread.
 */
final class CudaContext {

    private static CudaContext instance;

    private final CudaDevice device;

    private CudaContext(CudaDevice device) {
        this.device = device;
    }

    /** The context, created on the first call (fails with what is missing where no GPU is usable), bound to this thread. */
    static synchronized CudaContext get() {
        if (instance == null) {
            instance = new CudaContext(CudaDevices.require());
        }
        CudaError.checkRuntime(
                cudaSetDevice(instance.device.index()), "cudaSetDevice(" + instance.device.index() + ")");
        return instance;
    }

    /** Waits until the device has finished all work issued so far (for timing its phases). */
    void synchronize() {
        CudaError.checkRuntime(cudaDeviceSynchronize(), "cudaDeviceSynchronize");
    }

    /** The device the context runs on. */
    CudaDevice device() {
        return device;
    }
}
