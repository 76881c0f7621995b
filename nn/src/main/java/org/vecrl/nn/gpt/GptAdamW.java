package org.vecrl.nn.gpt;

import java.util.LinkedHashMap;
import java.util.Map;
import org.vecrl.nn.OptimizerState;

/**
 * AdamW over a GPT model's parameters (as nanoGPT): bias-corrected Adam moments, decoupled weight decay
 * only on tensors of dimension ≥ 2 (weight matrices and embeddings, not biases or LayerNorms), and an
 * optional clipping of the gradients' global L2 norm.
 */
public final class GptAdamW {
    /** The {@link OptimizerState#kind()} of this optimizer's state. */
    public static final String KIND = "adamw";

    private final Map<String, Tensor> params;
    private final Map<String, float[]> m = new LinkedHashMap<>();
    private final Map<String, float[]> v = new LinkedHashMap<>();
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final double clipNorm;
    private int step;

    /**
     * An optimizer of {@code model}'s parameters (updated in place); {@code clipNorm} ≤ 0 turns clipping
     * off.
     */
    public GptAdamW(GptModel model, double beta1, double beta2, double eps, double weightDecay, double clipNorm) {
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("beta1 and beta2 must be in [0, 1), got " + beta1 + " and " + beta2);
        }
        if (!(eps > 0) || !(weightDecay >= 0) || Double.isNaN(clipNorm)) {
            throw new IllegalArgumentException("eps must be > 0, weightDecay >= 0 and clipNorm a number, got eps " + eps
                    + ", weightDecay " + weightDecay + ", clipNorm " + clipNorm);
        }
        this.params = model.tensors();
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.clipNorm = clipNorm;
        for (Map.Entry<String, Tensor> e : params.entrySet()) {
            m.put(e.getKey(), new float[e.getValue().data().length]);
            v.put(e.getKey(), new float[e.getValue().data().length]);
        }
    }

    /** nanoGPT's defaults: β = (0.9, 0.95), eps 1e-8, weight decay 0.1, gradient clipping at norm 1. */
    public static GptAdamW nanoGpt(GptModel model) {
        return new GptAdamW(model, 0.9, 0.95, 1e-8, 0.1, 1.0);
    }

    /**
     * One update at learning rate {@code lr} from {@code gradients} (named as the parameters, e.g. {@link
     * GptTrainer#gradients()}); gives the gradients' global L2 norm before clipping.
     */
    public double step(Map<String, Tensor> gradients, double lr) {
        double sq = 0;
        for (String name : params.keySet()) {
            Tensor g = gradients.get(name);
            if (g == null || g.data().length != params.get(name).data().length) {
                throw new IllegalArgumentException("gradient " + name + " is missing or has the wrong size");
            }
            for (float x : g.data()) {
                sq += (double) x * x;
            }
        }
        double norm = Math.sqrt(sq);
        double gScale = clipNorm > 0 && norm > clipNorm ? clipNorm / norm : 1.0;
        step++;
        double c1 = 1 - Math.pow(beta1, step);
        double c2 = 1 - Math.pow(beta2, step);
        for (Map.Entry<String, Tensor> e : params.entrySet()) {
            float[] p = e.getValue().data();
            float[] g = gradients.get(e.getKey()).data();
            float[] mm = m.get(e.getKey());
            float[] vv = v.get(e.getKey());
            double decay = e.getValue().shape().length >= 2 ? weightDecay : 0;
            for (int i = 0; i < p.length; i++) {
                double gi = g[i] * gScale;
                mm[i] = (float) (beta1 * mm[i] + (1 - beta1) * gi);
                vv[i] = (float) (beta2 * vv[i] + (1 - beta2) * gi * gi);
                double mHat = mm[i] / c1;
                double vHat = vv[i] / c2;
                p[i] = (float) (p[i] - lr * (mHat / (Math.sqrt(vHat) + eps) + decay * p[i]));
            }
        }
        return norm;
    }

    /**
     * A copy of the optimizer's state for a checkpoint: kind {@code "adamw"}, the number of updates, and per
     * parameter tensor (in {@link GptModel#tensors()} order) its first and second moments.
     */
    public OptimizerState state() {
        float[][] first = m.values().stream().map(float[]::clone).toArray(float[][]::new);
        float[][] second = v.values().stream().map(float[]::clone).toArray(float[][]::new);
        return new OptimizerState(KIND, step, first, second);
    }

    /**
     * Continues from a {@link #state()} taken earlier from an optimizer of a model of the same shape; a state
     * of another kind, tensor count or tensor size is an error naming it.
     */
    public void restore(OptimizerState state) {
        if (!KIND.equals(state.kind()) || state.firstMoments().length != m.size()
                || state.secondMoments().length != v.size() || state.step() < 0 || state.step() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("optimizer state of kind " + state.kind() + " with "
                    + state.firstMoments().length + " tensors at step " + state.step() + ": expected kind " + KIND
                    + " with " + m.size() + " tensors");
        }
        int i = 0;
        for (String name : m.keySet()) {
            copy(name, state.firstMoments()[i], m.get(name));
            copy(name, state.secondMoments()[i], v.get(name));
            i++;
        }
        step = (int) state.step();
    }

    private static void copy(String name, float[] from, float[] to) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("optimizer state of " + name + " has " + from.length
                    + " values: expected " + to.length);
        }
        System.arraycopy(from, 0, to, 0, to.length);
    }
}
