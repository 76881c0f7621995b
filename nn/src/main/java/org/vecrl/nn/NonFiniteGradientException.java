package org.vecrl.nn;

/**
 * Thrown by an optimizer step when the global gradient norm is NaN or infinite: the parameters are
 * left unchanged, and a training run reports the divergence with its step and last finite values.
 */
public final class NonFiniteGradientException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final double norm;

    /** The failure of optimizer step {@code optimizerStep} (1-based) with gradient norm {@code norm}. */
    public NonFiniteGradientException(double norm, long optimizerStep) {
        super("gradient norm is " + norm + " at optimizer step " + optimizerStep + ": expected a finite gradient");
        this.norm = norm;
    }

    /** The non-finite gradient norm. */
    public double norm() {
        return norm;
    }
}
