package org.vecrl.nn.gpt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.vecrl.nn.OptimizerState;
import org.vecrl.nn.simd.Parallel;
import org.vecrl.nn.simd.VectorKernels;

/**
 * AdamW over a GPT model's parameters (as nanoGPT): bias-corrected Adam moments, decoupled weight decay
 * only on tensors of dimension ≥ 2 (weight matrices and embeddings, not biases or LayerNorms), and an
 * optional clipping of the gradients' global L2 norm.
 */
public final class GptAdamW {
    /** The {@link OptimizerState#kind()} of this optimizer's state. */
    public static final String KIND = "adamw";

    private static final VectorSpecies<Float> S = VectorKernels.S;
    /** Parameters per task of an update. */
    private static final int CHUNK = 1 << 14;

    private final String[] names;
    private final float[][] p;
    private final float[][] m;
    private final float[][] v;
    private final boolean[] decays;
    /** The tasks of an update: {tensor, from, to}. */
    private final int[][] chunks;

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
        this(model.tensors(), beta1, beta2, eps, weightDecay, clipNorm);
    }

    /**
     * An optimizer of the named tensors {@code params} (updated in place), e.g. a model's and its value
     * head's together, so that clipping sees their global norm.
     */
    public GptAdamW(
            Map<String, Tensor> params, double beta1, double beta2, double eps, double weightDecay, double clipNorm) {
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("beta1 and beta2 must be in [0, 1), got " + beta1 + " and " + beta2);
        }
        if (!(eps > 0) || !(weightDecay >= 0) || Double.isNaN(clipNorm)) {
            throw new IllegalArgumentException("eps must be > 0, weightDecay >= 0 and clipNorm a number, got eps " + eps
                    + ", weightDecay " + weightDecay + ", clipNorm " + clipNorm);
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.clipNorm = clipNorm;
        int count = params.size();
        names = params.keySet().toArray(new String[0]);
        p = new float[count][];
        m = new float[count][];
        v = new float[count][];
        decays = new boolean[count];
        List<int[]> tasks = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            Tensor tensor = params.get(names[t]);
            p[t] = tensor.data();
            m[t] = new float[p[t].length];
            v[t] = new float[p[t].length];
            decays[t] = tensor.shape().length >= 2;
            for (int from = 0; from < p[t].length; from += CHUNK) {
                tasks.add(new int[] {t, from, Math.min(p[t].length, from + CHUNK)});
            }
        }
        chunks = tasks.toArray(new int[0][]);
    }

    /** nanoGPT's defaults: β = (0.9, 0.95), eps 1e-8, weight decay 0.1, gradient clipping at norm 1. */
    public static GptAdamW nanoGpt(GptModel model) {
        return new GptAdamW(model, 0.9, 0.95, 1e-8, 0.1, 1.0);
    }

    /**
     * One update at learning rate {@code lr} from {@code gradients} (named as the parameters, e.g. {@link
     * GptTrainer#gradients()}); gives the gradients' global L2 norm before clipping. The update is
     * PyTorch's AdamW in float: p ← p·(1 - lr·decay) - lr/(1 - β1ᵗ)·m / (√v / √(1 - β2ᵗ) + eps), split
     * over threads by chunks of parameters.
     */
    public double step(Map<String, Tensor> gradients, double lr) {
        return step(gradients, name -> lr);
    }

    /**
     * {@link #step(Map, double)} with a learning rate per tensor ({@code lr} of its name): parameter
     * groups, such as RLHF's base model and value head.
     */
    public double step(Map<String, Tensor> gradients, ToDoubleFunction<String> lr) {
        double[] lrs = new double[names.length];
        for (int t = 0; t < names.length; t++) {
            lrs[t] = lr.applyAsDouble(names[t]);
        }
        float[][] g = new float[names.length][];
        for (int t = 0; t < names.length; t++) {
            Tensor gt = gradients.get(names[t]);
            if (gt == null || gt.data().length != p[t].length) {
                throw new IllegalArgumentException(
                        "gradient " + names[t] + " is missing or has the wrong size: expected " + p[t].length
                                + " values, got " + (gt == null ? "none" : gt.data().length));
            }
            g[t] = gt.data();
        }
        double[] partial = new double[chunks.length];
        Parallel.forEach(chunks.length, c -> partial[c] = sumOfSquares(g[chunks[c][0]], chunks[c][1], chunks[c][2]));
        double sq = 0;
        for (double x : partial) {
            sq += x;
        }
        double norm = Math.sqrt(sq);
        float gScale = (float) (clipNorm > 0 && norm > clipNorm ? clipNorm / norm : 1.0);
        step++;
        double bc1 = 1 - Math.pow(beta1, step);
        float bc2Sqrt = (float) Math.sqrt(1 - Math.pow(beta2, step));
        Parallel.forEach(chunks.length, c -> {
            int t = chunks[c][0];
            float stepSize = (float) (lrs[t] / bc1);
            float decay = (float) (1 - lrs[t] * (decays[t] ? weightDecay : 0));
            update(p[t], g[t], m[t], v[t], chunks[c][1], chunks[c][2], gScale, decay, stepSize, bc2Sqrt);
        });
        return norm;
    }

    private static double sumOfSquares(float[] x, int from, int to) {
        FloatVector acc = FloatVector.zero(S);
        int i = from;
        for (int bound = from + S.loopBound(to - from); i < bound; i += S.length()) {
            FloatVector v = FloatVector.fromArray(S, x, i);
            acc = v.fma(v, acc);
        }
        double sum = 0;
        for (int lane = 0; lane < S.length(); lane++) {
            sum += acc.lane(lane);
        }
        for (; i < to; i++) {
            sum += (double) x[i] * x[i];
        }
        return sum;
    }

    private void update(
            float[] p,
            float[] g,
            float[] m,
            float[] v,
            int from,
            int to,
            float gScale,
            float decay,
            float stepSize,
            float bc2Sqrt) {
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float c1 = (float) (1 - beta1);
        float c2 = (float) (1 - beta2);
        float e = (float) eps;
        int i = from;
        for (int bound = from + S.loopBound(to - from); i < bound; i += S.length()) {
            FloatVector gi = FloatVector.fromArray(S, g, i).mul(gScale);
            FloatVector mi = FloatVector.fromArray(S, m, i).mul(b1).add(gi.mul(c1));
            FloatVector vi =
                    FloatVector.fromArray(S, v, i).mul(b2).add(gi.mul(gi).mul(c2));
            mi.intoArray(m, i);
            vi.intoArray(v, i);
            FloatVector denom = vi.sqrt().div(bc2Sqrt).add(e);
            FloatVector.fromArray(S, p, i)
                    .mul(decay)
                    .sub(mi.mul(stepSize).div(denom))
                    .intoArray(p, i);
        }
        for (; i < to; i++) {
            float gi = g[i] * gScale;
            float mi = b1 * m[i] + gi * c1;
            float vi = b2 * v[i] + gi * gi * c2;
            m[i] = mi;
            v[i] = vi;
            float denom = (float) Math.sqrt(vi) / bc2Sqrt + e;
            p[i] = p[i] * decay - mi * stepSize / denom;
        }
    }

    /**
     * A copy of the optimizer's state for a checkpoint: kind {@code "adamw"}, the number of updates, and per
     * parameter tensor (in {@link GptModel#tensors()} order) its first and second moments.
     */
    public OptimizerState state() {
        float[][] first = new float[m.length][];
        float[][] second = new float[v.length][];
        for (int t = 0; t < m.length; t++) {
            first[t] = m[t].clone();
            second[t] = v[t].clone();
        }
        return new OptimizerState(KIND, step, first, second);
    }

    /**
     * Continues from a {@link #state()} taken earlier from an optimizer of a model of the same shape; a state
     * of another kind, tensor count or tensor size is an error naming it.
     */
    public void restore(OptimizerState state) {
        if (!KIND.equals(state.kind())
                || state.firstMoments().length != m.length
                || state.secondMoments().length != v.length
                || state.step() < 0
                || state.step() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("optimizer state of kind " + state.kind() + " with "
                    + state.firstMoments().length + " tensors at step " + state.step() + ": expected kind " + KIND
                    + " with " + m.length + " tensors");
        }
        for (int t = 0; t < m.length; t++) {
            copy(names[t], state.firstMoments()[t], m[t]);
            copy(names[t], state.secondMoments()[t], v[t]);
        }
        step = (int) state.step();
    }

    private static void copy(String name, float[] from, float[] to) {
        if (from.length != to.length) {
            throw new IllegalArgumentException(
                    "optimizer state of " + name + " has " + from.length + " values: expected " + to.length);
        }
        System.arraycopy(from, 0, to, 0, to.length);
    }
}
