package org.vecrl.nn;

/** Updates the parameters of one or more networks from their accumulated gradients. */
public interface Optimizer {

    /**
     * Clips the global L2 norm of all gradients to maxGradNorm if &gt; 0 (like torch
     * {@code clip_grad_norm_}, scaling the gradients in place), then does one update; returns the
     * pre-clip norm. Gradients are not zeroed.
     */
    double step();

    void setLearningRate(double lr);

    double learningRate();

    /** The optimizer's state (moments, step count) as flat arrays, for checkpoints. */
    OptimizerState state();

    /** Restores a state taken from an optimizer over networks of the same sizes. */
    void restore(OptimizerState state);
}
