package org.vecrl.nn.simd;

import java.util.List;
import org.vecrl.nn.AbstractRmsprop;

/** RMSprop (torch semantics) over the flat float[] parameters and gradients of {@link SimdMlp}s. */
public final class SimdRmsprop extends AbstractRmsprop {

    private final float[][] params;
    private final float[][] grads;
    private final float[][] squareAvg;

    /** See {@link org.vecrl.nn.Optimizers#rmsprop}. */
    public SimdRmsprop(
            List<SimdMlp> nets, double lr, double alpha, double eps, double weightDecay, double maxGradNorm) {
        super(nets, lr, alpha, eps, weightDecay, maxGradNorm, SimdBuffers.gradients(nets));
        this.params = SimdBuffers.params(nets);
        this.grads = SimdBuffers.grads(nets);
        this.squareAvg = SimdBuffers.zerosLike(params);
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
