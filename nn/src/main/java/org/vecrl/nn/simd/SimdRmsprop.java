package org.vecrl.nn.simd;

import java.util.List;
import org.vecrl.nn.AbstractRmsprop;

/** RMSprop ({@code torch.optim.RMSprop} semantics) over the flat float[] parameters and gradients of {@link SimdMlp}s. */
public final class SimdRmsprop extends AbstractRmsprop {

    private final float[][] params;
    private final float[][] grads;
    private final float[][] squareAvg;

    /** See {@link org.vecrl.nn.Optimizers#rmsprop}. */
    public SimdRmsprop(List<SimdMlp> nets, double lr, double alpha, double eps, double weightDecay,
                       double maxGradNorm) {
        super(nets, lr, alpha, eps, weightDecay, maxGradNorm);
        this.params = nets.stream().map(SimdMlp::paramArray).toArray(float[][]::new);
        this.grads = nets.stream().map(SimdMlp::gradArray).toArray(float[][]::new);
        this.squareAvg = SimdBuffers.zerosLike(params);
    }

    @Override
    protected double sumOfSquaredGrads() {
        return SimdBuffers.sumOfSquares(grads);
    }

    @Override
    protected void scaleGrads(double factor) {
        SimdBuffers.scale(grads, factor);
    }

    @Override
    protected void update(double lr, long step) {
        float a = (float) alpha;
        float c = (float) (1 - alpha);
        float wd = (float) weightDecay;
        float rate = (float) lr;
        float e = (float) eps;
        for (int k = 0; k < params.length; k++) {
            float[] p = params[k];
            float[] g = grads[k];
            float[] s = squareAvg[k];
            for (int i = 0; i < p.length; i++) {
                float gi = g[i] + wd * p[i];
                float si = a * s[i] + c * (gi * gi);
                s[i] = si;
                p[i] -= rate * (gi / ((float) Math.sqrt(si) + e));
            }
        }
    }

    @Override
    protected float[][] firstMoments() {
        return noFirstMoments(params.length);
    }

    @Override
    protected float[][] secondMoments() {
        return SimdBuffers.deepCopy(squareAvg);
    }

    @Override
    protected void setMoments(float[][] first, float[][] second) {
        SimdBuffers.copyInto(second, squareAvg);
    }
}
