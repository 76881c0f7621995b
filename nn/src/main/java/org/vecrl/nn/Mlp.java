package org.vecrl.nn;

/**
 * A feed-forward network with a flat parameter vector. Layout: for each layer, W as [in][out]
 * row-major (in*out floats) then b (out floats). Batches are row-major {@code float[batch * size]}
 * (arrays may be longer; only the first {@code batch * size} entries are read or written).
 */
public interface Mlp extends ParameterizedModel {

    MlpSpec spec();

    Engine engine();

    int numParams();

    /** Inference: output[batch * outputSize]; no state kept for backward. */
    void forward(float[] input, int batch, float[] output);

    /**
     * The inference forward of this network and of {@code other} on the same input (an actor and its critic on
     * one batch of observations): the same outputs as the two forwards. An engine whose inputs and outputs
     * cross to a device overrides it to copy the input there once and both outputs back in one copy.
     */
    default void forwardWith(Mlp other, float[] input, int batch, float[] output, float[] otherOutput) {
        forward(input, batch, output);
        other.forward(input, batch, otherOutput);
    }

    /** Training forward: same output, caches what backward needs (preallocated per max batch). */
    void forwardTrain(float[] input, int batch, float[] output);

    /** Given dLoss/dOutput [batch * outputSize] for the last forwardTrain, ADDS dLoss/dParams into the gradient. */
    void backward(float[] gradOutput, int batch);

    void zeroGrad();

    /** A copy of the parameters in the flat layout. */
    float[] params();

    /** Sets the parameters; the length must equal {@link #numParams()}. */
    void setParams(float[] flat);

    /** A copy of the accumulated gradient in the flat layout. */
    float[] grads();

    /** Sets the accumulated gradient; the length must equal {@link #numParams()}. */
    void setGrads(float[] flat);

    /** Copies the parameters of a network with the same spec (e.g. a target-network update). */
    void copyParamsFrom(Mlp other);

    /** Layer sizes and activation, e.g. {@code "4-64-64-2 TANH"}. */
    @Override
    default String architecture() {
        MlpSpec spec = spec();
        StringBuilder sb = new StringBuilder().append(spec.inputSize());
        for (int h : spec.hiddenSizes()) {
            sb.append('-').append(h);
        }
        return sb.append('-')
                .append(spec.outputSize())
                .append(' ')
                .append(spec.activation())
                .toString();
    }
}
