package org.vecrl.nn.simd;

import java.util.List;
import org.vecrl.nn.AbstractAdam;

/** Adam/AdamW over the flat float[] parameters and gradients of {@link SimdMlp}s. */
public final class SimdAdam extends AbstractAdam {

    private final float[][] params;
    private final float[][] grads;
    private final float[][] m;
    private final float[][] v;

    /** See {@link org.vecrl.nn.Optimizers#adam}. */
    public SimdAdam(
            List<SimdMlp> nets,
            double lr,
            double beta1,
            double beta2,
            double eps,
            double weightDecay,
            double maxGradNorm) {
        super(nets, lr, beta1, beta2, eps, weightDecay, maxGradNorm, SimdBuffers.gradients(nets));
        this.params = SimdBuffers.params(nets);
        this.grads = SimdBuffers.grads(nets);
        this.m = SimdBuffers.zerosLike(params);
        this.v = SimdBuffers.zerosLike(params);
    }

    @Override
    protected void update(double lr, long step) {
        float decay = (float) (1 - lr * weightDecay);
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float c1 = (float) (1 - beta1);
        float c2 = (float) (1 - beta2);
        float stepSize = (float) (lr / biasCorrection(beta1, step));
        float bc2Sqrt = (float) Math.sqrt(biasCorrection(beta2, step));
        float e = (float) eps;
        for (int k = 0; k < params.length; k++) {
            float[] p = params[k];
            float[] g = grads[k];
            float[] mk = m[k];
            float[] vk = v[k];
            for (int i = 0; i < p.length; i++) {
                float gi = g[i];
                float mi = b1 * mk[i] + c1 * gi;
                float vi = b2 * vk[i] + c2 * gi * gi;
                mk[i] = mi;
                vk[i] = vi;
                float denom = (float) Math.sqrt(vi) / bc2Sqrt + e;
                p[i] = p[i] * decay - stepSize * mi / denom;
            }
        }
    }

    @Override
    protected float[][] firstMoments() {
        return SimdBuffers.deepCopy(m);
    }

    @Override
    protected float[][] secondMoments() {
        return SimdBuffers.deepCopy(v);
    }

    @Override
    protected void setMoments(float[][] first, float[][] second) {
        SimdBuffers.copyInto(first, m);
        SimdBuffers.copyInto(second, v);
    }
}
