package org.vecrl.nn;

import java.util.List;

/**
 * The engine- and rule-independent part of a first-order optimizer: learning rate, step count,
 * global-norm gradient clipping (like torch {@code clip_grad_norm_}) and the checked state for
 * checkpoints. Subclasses supply the update rule; engines supply the array work.
 */
public abstract class AbstractOptimizer implements Optimizer {

    /** torch {@code clip_grad_norm_} adds this to the norm before dividing. */
    private static final double CLIP_EPS = 1e-6;

    private final String kind;
    private final boolean hasFirstMoments;
    private final double maxGradNorm;
    private final Gradients gradients;
    private final int[] sizes;
    private double lr;
    private long step;

    /**
     * @param kind the name in messages and in {@link OptimizerState#kind()} ("adam", "rmsprop")
     * @param hasFirstMoments whether the state keeps first moments; without, each network's
     *     first-moment array is empty
     * @param gradients the gradients of {@code nets} in the engine's storage
     */
    protected AbstractOptimizer(
            String kind,
            boolean hasFirstMoments,
            List<? extends ParameterizedModel> nets,
            double lr,
            double maxGradNorm,
            Gradients gradients) {
        this.kind = kind;
        this.hasFirstMoments = hasFirstMoments;
        checkRange("lr", lr, 0, Double.MAX_VALUE);
        if (Double.isNaN(maxGradNorm)) {
            throw new IllegalArgumentException("maxGradNorm=NaN: expected a number (<= 0 disables clipping)");
        }
        this.lr = lr;
        this.maxGradNorm = maxGradNorm;
        this.gradients = gradients;
        this.sizes = nets.stream().mapToInt(ParameterizedModel::numParams).toArray();
    }

    @Override
    public final double step() {
        double norm = Math.sqrt(gradients.sumOfSquares());
        if (!Double.isFinite(norm)) {
            throw new NonFiniteException(
                    "grad_norm", norm, "at optimizer step " + (step + 1) + ": expected a finite gradient");
        }
        if (maxGradNorm > 0) {
            double coef = maxGradNorm / (norm + CLIP_EPS);
            if (coef < 1) {
                gradients.scale(coef);
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
        return new OptimizerState(kind, step, firstMoments(), secondMoments());
    }

    @Override
    public final void restore(OptimizerState state) {
        if (!kind.equals(state.kind())) {
            throw new IllegalArgumentException("optimizer state is for " + state.kind() + ": expected " + kind);
        }
        if (state.step() < 0) {
            throw new IllegalArgumentException("optimizer state step=" + state.step() + ": expected >= 0");
        }
        checkMoments("first", state.firstMoments(), hasFirstMoments);
        checkMoments("second", state.secondMoments(), true);
        setMoments(state.firstMoments(), state.secondMoments());
        this.step = state.step();
    }

    /** Update number {@code step} (1-based) from the (clipped) gradients. */
    protected abstract void update(double lr, long step);

    /** Copies of the first moments, one array per network (empty arrays if the rule keeps none). */
    protected abstract float[][] firstMoments();

    /** Copies of the second moments, one array per network. */
    protected abstract float[][] secondMoments();

    /** Replaces the moments (already checked against the network sizes). */
    protected abstract void setMoments(float[][] first, float[][] second);

    /** Fails with a message naming this optimizer, {@code name} and {@code value} unless in [min, max]. */
    protected final void checkRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    kind + " " + name + "=" + value + ": expected in [" + min + ", " + max + "]");
        }
    }

    private void checkMoments(String which, float[][] moments, boolean kept) {
        if (moments == null || moments.length != sizes.length) {
            throw new IllegalArgumentException("optimizer state has " + (moments == null ? "no" : moments.length) + " "
                    + which + "-moment arrays: expected " + sizes.length + " (one per network)");
        }
        for (int k = 0; k < sizes.length; k++) {
            int expected = kept ? sizes[k] : 0;
            if (moments[k] == null || moments[k].length != expected) {
                throw new IllegalArgumentException("optimizer state " + which + "-moment array " + k + " has length "
                        + (moments[k] == null ? "null" : moments[k].length) + ": expected " + expected);
            }
        }
    }
}
