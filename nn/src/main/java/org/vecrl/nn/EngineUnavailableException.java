package org.vecrl.nn;

/** An engine cannot run here; the message says exactly what is missing (a build profile, a driver, a device). */
public final class EngineUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with the message that names what is missing. */
    public EngineUnavailableException(String message) {
        super(message);
    }
}
