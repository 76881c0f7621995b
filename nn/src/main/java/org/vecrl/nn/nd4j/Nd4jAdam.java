package org.vecrl.nn.nd4j;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.updaters.AdamUpdater;
import org.nd4j.linalg.factory.Nd4j;
import org.vecrl.nn.AbstractAdam;

/**
 * Adam/AdamW over the flat parameter and gradient INDArrays of {@link Nd4jParameterized} models
 * (e.g. {@link Nd4jMlp}), one fused native
 * {@code adam_updater} op per network. That op computes {@code lr √bc2 / bc1 · m / (√v + ε')}; passing
 * {@code ε' = ε √bc2} turns it into PyTorch's {@code lr / bc1 · m / (√v / √bc2 + ε)}.
 */
public final class Nd4jAdam extends AbstractAdam {

    private final INDArray[] params;
    private final INDArray[] grads;
    private final INDArray[] m;
    private final INDArray[] v;
    private final INDArray[] updates;

    /** See {@link org.vecrl.nn.Optimizers#adam}. */
    public Nd4jAdam(List<? extends Nd4jParameterized> nets, double lr, double beta1, double beta2, double eps, double weightDecay,
                    double maxGradNorm) {
        super(nets, lr, beta1, beta2, eps, weightDecay, maxGradNorm);
        this.params = nets.stream().map(Nd4jParameterized::paramArray).toArray(INDArray[]::new);
        this.grads = nets.stream().map(Nd4jParameterized::gradArray).toArray(INDArray[]::new);
        this.m = nets.stream().map(n -> Nd4j.zeros(DataType.FLOAT, n.numParams())).toArray(INDArray[]::new);
        this.v = nets.stream().map(n -> Nd4j.zeros(DataType.FLOAT, n.numParams())).toArray(INDArray[]::new);
        this.updates = nets.stream().map(n -> Nd4j.zeros(DataType.FLOAT, n.numParams())).toArray(INDArray[]::new);
    }

    @Override
    protected double sumOfSquaredGrads() {
        double sum = 0;
        for (INDArray g : grads) {
            double norm = g.norm2Number().doubleValue();
            sum += norm * norm;
        }
        return sum;
    }

    @Override
    protected void scaleGrads(double factor) {
        for (INDArray g : grads) {
            g.muli(factor);
        }
    }

    @Override
    protected void update(double lr, long step) {
        int iteration = Math.toIntExact(step - 1);
        double epsPrime = eps * Math.sqrt(biasCorrection(beta2, step));
        for (int k = 0; k < params.length; k++) {
            Nd4j.exec(new AdamUpdater(grads[k], v[k], m[k], updates[k], v[k], m[k], lr, beta1, beta2, epsPrime,
                    iteration));
            if (weightDecay > 0) {
                params[k].muli(1 - lr * weightDecay);
            }
            params[k].subi(updates[k]);
        }
    }

    @Override
    protected float[][] firstMoments() {
        return copies(m);
    }

    @Override
    protected float[][] secondMoments() {
        return copies(v);
    }

    @Override
    protected void setMoments(float[][] first, float[][] second) {
        for (int k = 0; k < m.length; k++) {
            m[k].data().setData(first[k]);
            v[k].data().setData(second[k]);
        }
    }

    private static float[][] copies(INDArray[] arrays) {
        float[][] out = new float[arrays.length][];
        for (int k = 0; k < arrays.length; k++) {
            out[k] = arrays[k].toFloatVector();
        }
        return out;
    }
}
