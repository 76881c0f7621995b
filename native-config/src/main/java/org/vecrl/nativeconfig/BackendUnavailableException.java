package org.vecrl.nativeconfig;

/**
 * Thrown when the ND4J backend cannot start (a missing native library, no CUDA driver). The message
 * names the profile the build used and what to install; the JavaCPP stack trace is only the cause.
 */
public final class BackendUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
