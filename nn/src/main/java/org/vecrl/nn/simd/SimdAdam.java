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
    public SimdAdam(List<SimdMlp> nets, double lr, double beta1, double beta2, double eps, double weightDecay,
                    double maxGradNorm) {
        super(nets, lr, beta1, beta2, eps, weightDecay, maxGradNorm);
        this.params = nets.stream().map(SimdMlp::paramArray).toArray(float[][]::new);
        this.grads = nets.stream().map(SimdMlp::gradArray).toArray(float[][]::new);
        this.m = nets.stream().map(n -> new float[n.numParams()]).toArray(float[][]::new);
        this.v = nets.stream().map(n -> new float[n.numParams()]).toArray(float[][]::new);
    }

    @Override
    protected double sumOfSquaredGrads() {
        double sum = 0;
        for (float[] g : grads) {
            for (float x : g) {
                sum += (double) x * x;
            }
        }
        return sum;
    }

    @Override
    protected void scaleGrads(double factor) {
        float f = (float) factor;
        for (float[] g : grads) {
            for (int i = 0; i < g.length; i++) {
                g[i] *= f;
            }
        }
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
        return deepCopy(m);
    }

    @Override
    protected float[][] secondMoments() {
        return deepCopy(v);
    }

    @Override
    protected void setMoments(float[][] first, float[][] second) {
        for (int k = 0; k < m.length; k++) {
            System.arraycopy(first[k], 0, m[k], 0, m[k].length);
            System.arraycopy(second[k], 0, v[k], 0, v[k].length);
        }
    }

    private static float[][] deepCopy(float[][] arrays) {
        float[][] copy = new float[arrays.length][];
        for (int k = 0; k < arrays.length; k++) {
            copy[k] = arrays[k].clone();
        }
        return copy;
    }
}
