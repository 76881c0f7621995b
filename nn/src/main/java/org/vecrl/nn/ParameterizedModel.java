package org.vecrl.nn;

/**
 * A trainable model seen as one flat parameter vector and one flat accumulated-gradient vector, so
 * optimizers and {@link Checkpoint} can serve any architecture.
 */
public interface ParameterizedModel {

    int numParams();

    /** A copy of the parameters in the model's flat layout. */
    float[] params();

    /** Sets the parameters; the length must equal {@link #numParams()}. */
    void setParams(float[] flat);

    /** A copy of the accumulated gradient in the flat layout. */
    float[] grads();

    /** Sets the accumulated gradient; the length must equal {@link #numParams()}. */
    void setGrads(float[] flat);

    void zeroGrad();

    /** A short text naming the architecture; checkpoints refuse to load parameters into a different one. */
    String architecture();
}
