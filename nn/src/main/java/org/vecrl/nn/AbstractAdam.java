package org.vecrl.nn;

import java.util.List;

/**
 * The engine-independent part of Adam/AdamW (PyTorch semantics): hyperparameters, learning rate,
 * step count, global-norm gradient clipping and bias corrections. Engines supply the array work.
 */
public abstract class AbstractAdam implements Optimizer {

    /** torch {@code clip_grad_norm_} adds this to the norm before dividing. */
    private static final double CLIP_EPS = 1e-6;

    protected final double beta1;
    protected final double beta2;
    protected final double eps;
    protected final double weightDecay;
    private final double maxGradNorm;
    private final int[] sizes;
    private double lr;
    private long step;

    protected AbstractAdam(List<? extends ParameterizedModel> nets, double lr, double beta1, double beta2, double eps,
                           double weightDecay, double maxGradNorm) {
        checkRange("lr", lr, 0, Double.MAX_VALUE);
        checkRange("beta1", beta1, 0, Math.nextDown(1.0));
        checkRange("beta2", beta2, 0, Math.nextDown(1.0));
        checkRange("eps", eps, 0, Double.MAX_VALUE);
        checkRange("weightDecay", weightDecay, 0, Double.MAX_VALUE);
        if (Double.isNaN(maxGradNorm)) {
            throw new IllegalArgumentException("maxGradNorm=NaN: expected a number (<= 0 disables clipping)");
        }
        this.lr = lr;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.maxGradNorm = maxGradNorm;
        this.sizes = nets.stream().mapToInt(ParameterizedModel::numParams).toArray();
    }

    @Override
    public final double step() {
        double norm = Math.sqrt(sumOfSquaredGrads());
        if (!Double.isFinite(norm)) {
            throw new NonFiniteException("grad_norm", norm, "at optimizer step " + (step + 1) + ": expected a finite gradient");
        }
        if (maxGradNorm > 0) {
            double coef = maxGradNorm / (norm + CLIP_EPS);
            if (coef < 1) {
                scaleGrads(coef);
            }
        }
        step++;
        update(lr, step);
        return norm;
    }

    @Override
    public final void setLearningRate(double lr) {
        checkRange("lr", lr, 0, Double.MAX_VALUE);
        this.lr = lr;
    }

    @Override
    public final double learningRate() {
        return lr;
    }

    @Override
    public final OptimizerState state() {
        return new OptimizerState(step, firstMoments(), secondMoments());
    }

    @Override
    public final void restore(OptimizerState state) {
        if (state.step() < 0) {
            throw new IllegalArgumentException("optimizer state step=" + state.step() + ": expected >= 0");
        }
        checkMoments("first", state.firstMoments());
        checkMoments("second", state.secondMoments());
        setMoments(state.firstMoments(), state.secondMoments());
        this.step = state.step();
    }

    /** Sum of squares of every gradient entry of every network. */
    protected abstract double sumOfSquaredGrads();

    /** Multiplies every gradient by {@code factor}. */
    protected abstract void scaleGrads(double factor);

    /**
     * Update number {@code step} (1-based) of AdamW: {@code p *= 1 - lr*wd; m = b1 m + (1-b1) g;
     * v = b2 v + (1-b2) g²; p -= lr/bc1 * m / (sqrt(v)/sqrt(bc2) + eps)} with
     * {@code bc = }{@link #biasCorrection}.
     */
    protected abstract void update(double lr, long step);

    /** {@code 1 - beta^step}. */
    protected static double biasCorrection(double beta, long step) {
        return 1 - Math.pow(beta, step);
    }

    /** Copies of the first moments, one array per network. */
    protected abstract float[][] firstMoments();

    /** Copies of the second moments, one array per network. */
    protected abstract float[][] secondMoments();

    /** Replaces the moments (already checked against the network sizes). */
    protected abstract void setMoments(float[][] first, float[][] second);

    private void checkMoments(String which, float[][] moments) {
        if (moments == null || moments.length != sizes.length) {
            throw new IllegalArgumentException("optimizer state has " + (moments == null ? "no" : moments.length)
                    + " " + which + "-moment arrays: expected " + sizes.length + " (one per network)");
        }
        for (int k = 0; k < sizes.length; k++) {
            if (moments[k] == null || moments[k].length != sizes[k]) {
                throw new IllegalArgumentException("optimizer state " + which + "-moment array " + k + " has length "
                        + (moments[k] == null ? "null" : moments[k].length) + ": expected " + sizes[k]);
            }
        }
    }

    private static void checkRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException("Adam " + name + "=" + value + ": expected in [" + min + ", " + max + "]");
        }
    }
}
