package org.vecrl.cuda;

/** A CUDA driver, runtime, NVRTC or cuBLAS call returned an error; the message names the call and the code. */
public final class CudaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with its message. */
    public CudaException(String message) {
        super(message);
    }
}
