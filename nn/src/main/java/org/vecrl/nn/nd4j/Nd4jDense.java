package org.vecrl.nn.nd4j;

import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.vecrl.nn.Activation;

/**
 * The ND4J engine's fully connected layer, the building block of {@link Nd4jMlp}:
 * y = x·W + b forward, and a backward pass of three gemms that accumulate straight into the flat
 * gradient's views. All arrays are preallocated by the caller; nothing here allocates per step.
 */
final class Nd4jDense {

    private Nd4jDense() {}

    /** y = activation(x·W + b), written into {@code y} in place. */
    static void forward(INDArray x, INDArray w, INDArray b, Activation activation, INDArray y) {
        x.mmuli(w, y);
        y.addiRowVector(b);
        switch (activation) {
            case TANH -> Transforms.tanh(y, false);
            case RELU -> Transforms.relu(y, false);
            case IDENTITY -> {}
        }
    }

    /**
     * Given dz = dLoss/d(x·W + b) for the batch, ADDS xᵀ·dz into {@code gw} and 1ᵀ·dz into
     * {@code gb} ({@code ones} is a [1, batch] row of ones).
     */
    static void backwardParams(INDArray x, INDArray dz, INDArray ones, INDArray gw, INDArray gb) {
        Nd4j.gemm(x, dz, gw, true, false, 1.0, 1.0);
        Nd4j.gemm(ones, dz, gb, false, false, 1.0, 1.0);
    }

    /** dx = dz·Wᵀ + beta·dx: the layer's input gradient, overwritten (beta 0) or added to (beta 1). */
    static void backwardInput(INDArray dz, INDArray w, INDArray dx, double beta) {
        Nd4j.gemm(dz, w, dx, false, true, 1.0, beta);
    }

    /** d *= activation'(·), given the activation's output {@code y}; {@code mask} is scratch of d's shape. */
    static void activationBackward(Activation activation, INDArray d, INDArray y, INDArray mask) {
        switch (activation) {
            case TANH -> d.muli(mask.assign(y).muli(y).rsubi(1.0));
            case RELU -> d.muli(Transforms.step(mask.assign(y), false));
            case IDENTITY -> {}
        }
    }

    /** A c-order view of {@code shape} into {@code data} starting at {@code offset}. */
    static INDArray view(DataBuffer data, long offset, long... shape) {
        long[] stride = new long[shape.length];
        long s = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            stride[d] = s;
            s *= shape[d];
        }
        return Nd4j.create(data, shape, stride, offset, 'c', DataType.FLOAT);
    }
}
