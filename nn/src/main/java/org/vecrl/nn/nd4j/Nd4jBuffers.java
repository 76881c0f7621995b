package org.vecrl.nn.nd4j;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vecrl.nn.Gradients;

/** The array work every ND4J-engine optimizer shares: live arrays, gradient norm and scaling, state copies. */
final class Nd4jBuffers {

    private Nd4jBuffers() {}

    /** The live flat parameter arrays of {@code models}. */
    static INDArray[] params(List<? extends Nd4jParameterized> models) {
        return models.stream().map(Nd4jParameterized::paramArray).toArray(INDArray[]::new);
    }

    /** The live flat gradient arrays of {@code models}. */
    static INDArray[] grads(List<? extends Nd4jParameterized> models) {
        return models.stream().map(Nd4jParameterized::gradArray).toArray(INDArray[]::new);
    }

    /** The gradients of {@code models} for clipping. */
    static Gradients gradients(List<? extends Nd4jParameterized> models) {
        INDArray[] grads = grads(models);
        return new Gradients() {
            @Override
            public double sumOfSquares() {
                return Nd4jBuffers.sumOfSquares(grads);
            }

            @Override
            public void scale(double factor) {
                Nd4jBuffers.scale(grads, factor);
            }
        };
    }

    /** Sum of squares of every entry of every array (per-array norms squared, summed in double). */
    static double sumOfSquares(INDArray[] arrays) {
        double sum = 0;
        for (INDArray g : arrays) {
            double norm = g.norm2Number().doubleValue();
            sum += norm * norm;
        }
        return sum;
    }

    /** Multiplies every entry by {@code factor} in place. */
    static void scale(INDArray[] arrays, double factor) {
        for (INDArray g : arrays) {
            g.muli(factor);
        }
    }

    /** The values of each array as float vectors. */
    static float[][] copies(INDArray[] arrays) {
        float[][] out = new float[arrays.length][];
        for (int k = 0; k < arrays.length; k++) {
            out[k] = arrays[k].toFloatVector();
        }
        return out;
    }

    /** Copies each {@code from[k]} into {@code to[k]} (same lengths). */
    static void copyInto(float[][] from, INDArray[] to) {
        for (int k = 0; k < to.length; k++) {
            to[k].data().setData(from[k]);
        }
    }

    /** One zero float vector per model, of its parameter count. */
    static INDArray[] zeros(List<? extends Nd4jParameterized> models) {
        return models.stream()
                .map(n -> Nd4j.zeros(DataType.FLOAT, n.numParams()))
                .toArray(INDArray[]::new);
    }
}
