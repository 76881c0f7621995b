package org.vecrl.cuda;

import static org.bytedeco.cuda.global.cudart.CUDA_ERROR_NO_DEVICE;
import static org.bytedeco.cuda.global.cudart.CUDA_SUCCESS;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds out whether the CUDA engine can run here, step by step, and says exactly what is missing at the first
 * step that fails: the natives (the cuda13 build), the CUDA 13 runtime library, the NVIDIA driver, a working
 * driver ({@code cuInit}'s error code), or a device.
 */
final class CudaProbe {

    /** Where JavaCPP also looks for the CUDA libraries, besides LD_LIBRARY_PATH. */
    static final String PRELOAD_PATH_PROPERTY = "org.bytedeco.javacpp.platform.preloadpath";

    private CudaProbe() {}

    /** Probes through {@code driver}; never throws for a missing piece, which is the result's reason. */
    static CudaInfo probe(CudaDriver driver) {
        if (!driver.nativesOnClassPath()) {
            return CudaInfo.unavailable(nativesMissing(driver.platform()), 0, 0);
        }
        try {
            driver.load();
        } catch (LinkageError | RuntimeException e) {
            return CudaInfo.unavailable(loadFailure(e), 0, 0);
        }
        int runtime = driver.runtimeVersion();
        int rc = driver.init();
        int version = driver.driverVersion();
        if (rc == CUDA_ERROR_NO_DEVICE) {
            return CudaInfo.unavailable(noDevice(), version, runtime);
        }
        if (rc != CUDA_SUCCESS) {
            return CudaInfo.unavailable(initFailed(rc), version, runtime);
        }
        int count = driver.deviceCount();
        if (count == 0) {
            return CudaInfo.unavailable(noDevice(), version, runtime);
        }
        List<CudaDevice> devices = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            devices.add(driver.device(i));
        }
        return new CudaInfo(null, version, runtime, devices);
    }

    /** The reason when the platform's natives jar is not on the class path. */
    static String nativesMissing(String platform) {
        return "engine=cuda needs the JavaCPP CUDA natives for " + platform
                + ", which are not on the class path: build with -Pcuda13";
    }

    /** The reason when libcuda.so.1 (the driver) cannot be loaded. */
    static String driverMissing() {
        return "engine=cuda needs the NVIDIA driver: libcuda.so.1 was not found on the library path"
                + " (install an NVIDIA driver that supports CUDA 13)";
    }

    /** The reason when libcudart.so.13 (the CUDA runtime) cannot be loaded. */
    static String runtimeMissing() {
        return "engine=cuda needs the CUDA 13 runtime: libcudart.so.13 was not found; put its folder (a CUDA 13"
                + " toolkit's lib64, or a Python venv's site-packages/nvidia/cu13/lib) on LD_LIBRARY_PATH or in -D"
                + PRELOAD_PATH_PROPERTY;
    }

    /** The reason when cuInit returns an error other than "no device". */
    static String initFailed(int rc) {
        return "engine=cuda: the NVIDIA driver did not start: cuInit failed with " + CudaError.describe(rc);
    }

    /** The reason when the driver works but sees no device. */
    static String noDevice() {
        return "engine=cuda: the NVIDIA driver reports no CUDA device";
    }

    /** Names the missing library behind a load failure, from the messages along its cause chain. */
    static String loadFailure(Throwable failure) {
        String messages = messages(failure);
        if (messages.contains("libcuda.so")) {
            return driverMissing();
        }
        if (messages.contains("libcudart.so")) {
            return runtimeMissing();
        }
        return "engine=cuda could not load the JavaCPP CUDA natives: " + root(failure);
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static String root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
