package org.vecrl.cuda;

import org.vecrl.nn.EngineUnavailableException;

/**
 * The CUDA devices of this machine, probed once per process: {@link #info()} lists them with the driver and
 * runtime versions or says why there are none; {@link #require()} is the check every CUDA object runs first.
 */
public final class CudaDevices {

    private static CudaInfo info;

    private CudaDevices() {}

    /** The devices and versions, or the reason the engine cannot run (probed on the first call). */
    public static synchronized CudaInfo info() {
        if (info == null) {
            info = CudaProbe.probe(new JavaCppCudaDriver());
        }
        return info;
    }

    /** The first device; fails with an {@link EngineUnavailableException} that says what is missing. */
    public static CudaDevice require() {
        CudaInfo current = info();
        if (!current.available()) {
            throw new EngineUnavailableException(current.reason());
        }
        return current.devices().get(0);
    }
}
