package org.vecrl.cuda;

import static org.bytedeco.cuda.global.cudart.*;

/**
 * Names of the CUDA driver's result codes (for messages; the constants are compile-time values, so naming a
 * code never loads the natives) and the checks that turn a failed driver or runtime call into a {@link CudaException}.
 */
final class CudaError {

    private CudaError() {}

    /** Throws a {@link CudaException} naming {@code call} and the code unless {@code rc} is CUDA_SUCCESS. */
    static void check(int rc, String call) {
        if (rc != CUDA_SUCCESS) {
            throw new CudaException(call + " failed with " + describe(rc));
        }
    }

    /** Throws a {@link CudaException} naming {@code call} unless the runtime API result {@code rc} is cudaSuccess. */
    static void checkRuntime(int rc, String call) {
        if (rc != cudaSuccess) {
            throw new CudaException(call + " failed with CUDA runtime error " + rc + " ("
                    + cudaGetErrorString(rc).getString() + ")");
        }
    }

    /** "CUDA error 100 (CUDA_ERROR_NO_DEVICE)". */
    static String describe(int rc) {
        return "CUDA error " + rc + " (" + name(rc) + ")";
    }

    /** The name of the driver result code {@code rc}, or "unnamed" for a code this table does not list. */
    static String name(int rc) {
        return switch (rc) {
            case CUDA_SUCCESS -> "CUDA_SUCCESS";
            case CUDA_ERROR_INVALID_VALUE -> "CUDA_ERROR_INVALID_VALUE";
            case CUDA_ERROR_OUT_OF_MEMORY -> "CUDA_ERROR_OUT_OF_MEMORY";
            case CUDA_ERROR_NOT_INITIALIZED -> "CUDA_ERROR_NOT_INITIALIZED";
            case CUDA_ERROR_DEINITIALIZED -> "CUDA_ERROR_DEINITIALIZED";
            case CUDA_ERROR_STUB_LIBRARY -> "CUDA_ERROR_STUB_LIBRARY";
            case CUDA_ERROR_CALL_REQUIRES_NEWER_DRIVER -> "CUDA_ERROR_CALL_REQUIRES_NEWER_DRIVER";
            case CUDA_ERROR_DEVICE_UNAVAILABLE -> "CUDA_ERROR_DEVICE_UNAVAILABLE";
            case CUDA_ERROR_NO_DEVICE -> "CUDA_ERROR_NO_DEVICE";
            case CUDA_ERROR_INVALID_DEVICE -> "CUDA_ERROR_INVALID_DEVICE";
            case CUDA_ERROR_INVALID_IMAGE -> "CUDA_ERROR_INVALID_IMAGE";
            case CUDA_ERROR_INVALID_CONTEXT -> "CUDA_ERROR_INVALID_CONTEXT";
            case CUDA_ERROR_NO_BINARY_FOR_GPU -> "CUDA_ERROR_NO_BINARY_FOR_GPU";
            case CUDA_ERROR_INVALID_PTX -> "CUDA_ERROR_INVALID_PTX";
            case CUDA_ERROR_UNSUPPORTED_PTX_VERSION -> "CUDA_ERROR_UNSUPPORTED_PTX_VERSION";
            case CUDA_ERROR_INVALID_HANDLE -> "CUDA_ERROR_INVALID_HANDLE";
            case CUDA_ERROR_NOT_FOUND -> "CUDA_ERROR_NOT_FOUND";
            case CUDA_ERROR_ILLEGAL_ADDRESS -> "CUDA_ERROR_ILLEGAL_ADDRESS";
            case CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES -> "CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES";
            case CUDA_ERROR_LAUNCH_FAILED -> "CUDA_ERROR_LAUNCH_FAILED";
            case CUDA_ERROR_NOT_SUPPORTED -> "CUDA_ERROR_NOT_SUPPORTED";
            case CUDA_ERROR_SYSTEM_NOT_READY -> "CUDA_ERROR_SYSTEM_NOT_READY";
            case CUDA_ERROR_SYSTEM_DRIVER_MISMATCH -> "CUDA_ERROR_SYSTEM_DRIVER_MISMATCH";
            case CUDA_ERROR_COMPAT_NOT_SUPPORTED_ON_DEVICE -> "CUDA_ERROR_COMPAT_NOT_SUPPORTED_ON_DEVICE";
            case CUDA_ERROR_UNKNOWN -> "CUDA_ERROR_UNKNOWN";
            default -> "unnamed";
        };
    }
}
