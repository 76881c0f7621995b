package org.vecrl.nn.nd4j;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.updaters.RmsPropUpdater;
import org.nd4j.linalg.factory.Nd4j;
import org.vecrl.nn.AbstractRmsprop;

/**
 * RMSprop ({@code torch.optim.RMSprop} semantics) over the flat parameter and gradient INDArrays of
 * {@link Nd4jParameterized} models, one fused native {@code rms_prop_updater} op per network
 * ({@code s = alpha s + (1-alpha) g²; update = lr g / (√s + ε)}, torch's formula). With weight decay
 * the op sees {@code g + wd·p} from a scratch array, so the stored gradients stay unchanged.
 */
public final class Nd4jRmsprop extends AbstractRmsprop {

    private final INDArray[] params;
    private final INDArray[] grads;
    private final INDArray[] squareAvg;
    private final INDArray[] updates;
    private final INDArray[] decayed;

    /** See {@link org.vecrl.nn.Optimizers#rmsprop}. */
    public Nd4jRmsprop(
            List<? extends Nd4jParameterized> nets,
            double lr,
            double alpha,
            double eps,
            double weightDecay,
            double maxGradNorm) {
        super(nets, lr, alpha, eps, weightDecay, maxGradNorm, Nd4jBuffers.gradients(nets));
        this.params = Nd4jBuffers.params(nets);
        this.grads = Nd4jBuffers.grads(nets);
        this.squareAvg = Nd4jBuffers.zeros(nets);
        this.updates = Nd4jBuffers.zeros(nets);
        this.decayed = weightDecay > 0 ? Nd4jBuffers.zeros(nets) : null;
    }

    @Override
    protected void update(double lr, long step) {
        for (int k = 0; k < params.length; k++) {
            INDArray g = grads[k];
            if (decayed != null) {
                g = decayed[k].assign(params[k]).muli(weightDecay).addi(grads[k]);
            }
            Nd4j.exec(new RmsPropUpdater(g, squareAvg[k], updates[k], squareAvg[k], lr, alpha, eps));
            params[k].subi(updates[k]);
        }
    }

    @Override
    protected float[][] firstMoments() {
        return noFirstMoments(params.length);
    }

    @Override
    protected float[][] secondMoments() {
        return Nd4jBuffers.copies(squareAvg);
    }

    @Override
    protected void setMoments(float[][] first, float[][] second) {
        Nd4jBuffers.copyInto(second, squareAvg);
    }
}
