package org.vecrl.core.buffer;

/**
 * Preallocated storage for one minibatch drawn from a {@link RolloutBuffer}: rows are samples,
 * each field flattened like the buffer's (observations {@code [size * obsDim]}, continuous actions
 * {@code [size * actionDim]}). Refilled in place by {@link RolloutBuffer#fillMinibatch}.
 */
public final class Minibatch {
    private final int size;
    private final float[] observations;
    private final int[] discreteActions;
    private final float[] continuousActions;
    private final float[] logProbs;
    private final float[] values;
    private final float[] advantages;
    private final float[] returns;

    /** Storage for {@code size} samples shaped like {@code buffer}'s rows. */
    public Minibatch(RolloutBuffer buffer, int size) {
        if (size < 1 || size > buffer.batchSize()) {
            throw new IllegalArgumentException("minibatch size " + size + ": expected 1.." + buffer.batchSize());
        }
        this.size = size;
        this.observations = new float[size * buffer.obsDim()];
        this.discreteActions = buffer.discrete() ? new int[size] : null;
        this.continuousActions = buffer.discrete() ? null : new float[size * buffer.actionDim()];
        this.logProbs = new float[size];
        this.values = new float[size];
        this.advantages = new float[size];
        this.returns = new float[size];
    }

    /** Number of samples. */
    public int size() {
        return size;
    }

    /** Observations {@code [size * obsDim]}. */
    public float[] observations() {
        return observations;
    }

    /** Discrete actions {@code [size]}; throws for a continuous buffer. */
    public int[] discreteActions() {
        if (discreteActions == null) {
            throw new IllegalStateException("discreteActions() on a minibatch of continuous actions");
        }
        return discreteActions;
    }

    /** Continuous actions {@code [size * actionDim]}; throws for a discrete buffer. */
    public float[] continuousActions() {
        if (continuousActions == null) {
            throw new IllegalStateException("continuousActions() on a minibatch of discrete actions");
        }
        return continuousActions;
    }

    /** Log-probabilities of the actions under the policy that collected them. */
    public float[] logProbs() {
        return logProbs;
    }

    /** Values V(obs) at collection time. */
    public float[] values() {
        return values;
    }

    /** Advantages (unnormalised). */
    public float[] advantages() {
        return advantages;
    }

    /** Critic targets: advantages + values. */
    public float[] returns() {
        return returns;
    }
}
