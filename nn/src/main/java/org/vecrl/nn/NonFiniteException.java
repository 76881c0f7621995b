package org.vecrl.nn;

/**
 * Thrown when a quantity that training depends on is NaN or infinite: an optimizer's global
 * gradient norm (the parameters are left unchanged), or a policy's logits or means (its parameters
 * have diverged). A training run reports it as a divergence with its step and last finite values.
 */
public final class NonFiniteException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String quantity;
    private final double value;

    /**
     * @param quantity the metric-style name of what is not finite ({@code grad_norm}, {@code logits})
     * @param value    the non-finite value
     * @param detail   where it was found and what was expected
     */
    public NonFiniteException(String quantity, double value, String detail) {
        super(quantity + " is " + value + " " + detail);
        this.quantity = quantity;
        this.value = value;
    }

    /** The metric-style name of the quantity. */
    public String quantity() {
        return quantity;
    }

    /** The non-finite value. */
    public double value() {
        return value;
    }
}
