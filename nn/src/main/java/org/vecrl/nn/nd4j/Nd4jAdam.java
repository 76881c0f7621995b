package org.vecrl.nn.nd4j;

import java.util.List;
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
    public Nd4jAdam(
            List<? extends Nd4jParameterized> nets,
            double lr,
            double beta1,
            double beta2,
            double eps,
            double weightDecay,
            double maxGradNorm) {
        super(nets, lr, beta1, beta2, eps, weightDecay, maxGradNorm, Nd4jBuffers.gradients(nets));
        this.params = Nd4jBuffers.params(nets);
        this.grads = Nd4jBuffers.grads(nets);
        this.m = Nd4jBuffers.zeros(nets);
        this.v = Nd4jBuffers.zeros(nets);
        this.updates = Nd4jBuffers.zeros(nets);
    }

    @Override
    protected void update(double lr, long step) {
        int iteration = Math.toIntExact(step - 1);
        double epsPrime = eps * Math.sqrt(biasCorrection(beta2, step));
        for (int k = 0; k < params.length; k++) {
            Nd4j.exec(new AdamUpdater(
                    grads[k], v[k], m[k], updates[k], v[k], m[k], lr, beta1, beta2, epsPrime, iteration));
            if (weightDecay > 0) {
                params[k].muli(1 - lr * weightDecay);
            }
            params[k].subi(updates[k]);
        }
    }

    @Override
    protected float[][] firstMoments() {
        return Nd4jBuffers.copies(m);
    }

    @Override
    protected float[][] secondMoments() {
        return Nd4jBuffers.copies(v);
    }

    @Override
    protected void setMoments(float[][] first, float[][] second) {
        Nd4jBuffers.copyInto(first, m);
        Nd4jBuffers.copyInto(second, v);
    }
}
