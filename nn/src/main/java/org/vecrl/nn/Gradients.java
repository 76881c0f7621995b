package org.vecrl.nn;

/** The accumulated gradients of an optimizer's networks, as one engine stores them, for global-norm clipping. */
public interface Gradients {

    /** Sum of squares of every gradient entry of every network. */
    double sumOfSquares();

    /** Multiplies every gradient by {@code factor}. */
    void scale(double factor);
}
