package org.vecrl.nn;

import java.util.Arrays;

/**
 * The shape of a multilayer perceptron: input → hidden layers (each followed by
 * {@code activation}) → output (identity). Hidden layers use {@code hiddenInit}, the output layer
 * {@code outputInit}.
 *
 * <p>Layer {@code l} maps {@link #layerIn(int)} to {@link #layerOut(int)} features; its parameters
 * sit in the flat vector at {@link #weightOffset(int)} (W as [in][out] row-major) and
 * {@link #biasOffset(int)} (b, out floats).
 */
public record MlpSpec(
        int inputSize,
        int[] hiddenSizes,
        int outputSize,
        Activation activation,
        LayerInit hiddenInit,
        LayerInit outputInit) {

    public MlpSpec {
        if (inputSize <= 0) {
            throw new IllegalArgumentException("MLP inputSize=" + inputSize + ": expected > 0");
        }
        if (outputSize <= 0) {
            throw new IllegalArgumentException("MLP outputSize=" + outputSize + ": expected > 0");
        }
        if (hiddenSizes == null) {
            throw new IllegalArgumentException("MLP hiddenSizes is null: expected an array (may be empty)");
        }
        hiddenSizes = hiddenSizes.clone();
        for (int h : hiddenSizes) {
            if (h <= 0) {
                throw new IllegalArgumentException(
                        "MLP hiddenSizes=" + Arrays.toString(hiddenSizes) + ": expected every size > 0");
            }
        }
        if (activation == null || hiddenInit == null || outputInit == null) {
            throw new IllegalArgumentException("MLP activation, hiddenInit and outputInit must not be null");
        }
    }

    /** A copy of the hidden layer sizes. */
    @Override
    public int[] hiddenSizes() {
        return hiddenSizes.clone();
    }

    /** Number of linear layers (hidden layers + 1). */
    public int numLayers() {
        return hiddenSizes.length + 1;
    }

    /** Input features of layer {@code l}. */
    public int layerIn(int l) {
        checkLayer(l);
        return l == 0 ? inputSize : hiddenSizes[l - 1];
    }

    /** Output features of layer {@code l}. */
    public int layerOut(int l) {
        checkLayer(l);
        return l == hiddenSizes.length ? outputSize : hiddenSizes[l];
    }

    /** The activation after layer {@code l}: {@link #activation()} for hidden layers, identity for the last. */
    public Activation layerActivation(int l) {
        checkLayer(l);
        return l == hiddenSizes.length ? Activation.IDENTITY : activation;
    }

    /** The initialisation of layer {@code l}. */
    public LayerInit layerInit(int l) {
        checkLayer(l);
        return l == hiddenSizes.length ? outputInit : hiddenInit;
    }

    /** Offset of layer {@code l}'s weights in the flat parameter vector. */
    public int weightOffset(int l) {
        checkLayer(l);
        int offset = 0;
        for (int k = 0; k < l; k++) {
            offset += layerIn(k) * layerOut(k) + layerOut(k);
        }
        return offset;
    }

    /** Offset of layer {@code l}'s bias in the flat parameter vector. */
    public int biasOffset(int l) {
        return weightOffset(l) + layerIn(l) * layerOut(l);
    }

    /** The widest layer (input, hidden or output). */
    public int maxWidth() {
        int max = Math.max(inputSize, outputSize);
        for (int h : hiddenSizes) {
            max = Math.max(max, h);
        }
        return max;
    }

    /** Whether {@code other} has the same layer sizes, so that parameters can be copied between them. */
    public boolean sameShape(MlpSpec other) {
        return inputSize == other.inputSize
                && outputSize == other.outputSize
                && Arrays.equals(hiddenSizes, other.hiddenSizes);
    }

    /** Sum over layers of {@code in * out + out}. */
    public int numParams() {
        return weightOffset(numLayers() - 1) + layerIn(numLayers() - 1) * outputSize + outputSize;
    }

    private void checkLayer(int l) {
        if (l < 0 || l > hiddenSizes.length) {
            throw new IllegalArgumentException("layer " + l + " is not in [0, " + numLayers() + ")");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MlpSpec s
                && inputSize == s.inputSize
                && outputSize == s.outputSize
                && Arrays.equals(hiddenSizes, s.hiddenSizes)
                && activation == s.activation
                && hiddenInit.equals(s.hiddenInit)
                && outputInit.equals(s.outputInit);
    }

    @Override
    public int hashCode() {
        return 31
                        * (31
                                        * (31 * (31 * (31 * inputSize + Arrays.hashCode(hiddenSizes)) + outputSize)
                                                + activation.hashCode())
                                + hiddenInit.hashCode())
                + outputInit.hashCode();
    }

    @Override
    public String toString() {
        return "MlpSpec[" + inputSize + "-" + Arrays.toString(hiddenSizes) + "-" + outputSize + ", " + activation
                + ", hidden " + hiddenInit + ", output " + outputInit + "]";
    }
}
