package org.vecrl.algorithms.dqn;

import java.util.List;
import org.vecrl.nn.Mlp;

/**
 * A state-action value function on nn networks, batched: {@code q[b * numActions + a]}. The
 * plain form is one {@link Mlp}; the dueling form combines a trunk with value and advantage heads.
 */
public interface QFunction {

    /** Number of actions A. */
    int numActions();

    /** Inference forward of {@code batch} observations. */
    void forward(float[] obs, int batch, float[] q);

    /** Training forward: caches what {@link #backward} needs. */
    void forwardTrain(float[] obs, int batch, float[] q);

    /** Adds dLoss/dParams for dLoss/dQ {@code gradQ} of the last {@link #forwardTrain}. */
    void backward(float[] gradQ, int batch);

    /** Zeroes the accumulated gradients. */
    void zeroGrad();

    /** The networks holding the parameters (for the optimizer and checkpoints), in a fixed order. */
    List<Mlp> networks();

    /** What each of {@link #networks()} is, in the same order: the last part of its checkpoint key. */
    List<String> networkNames();

    /** Total number of parameters. */
    default int numParams() {
        return networks().stream().mapToInt(Mlp::numParams).sum();
    }

    /** {@code this = tau * other + (1 - tau) * this}, parameter-wise (tau = 1 copies). */
    default void updateFrom(QFunction other, double tau) {
        List<Mlp> mine = networks();
        List<Mlp> theirs = other.networks();
        for (int n = 0; n < mine.size(); n++) {
            if (tau >= 1) {
                mine.get(n).copyParamsFrom(theirs.get(n));
                continue;
            }
            float[] src = theirs.get(n).params();
            float[] dst = mine.get(n).params();
            float t = (float) tau;
            for (int i = 0; i < dst.length; i++) {
                dst[i] = t * src[i] + (1 - t) * dst[i];
            }
            mine.get(n).setParams(dst);
        }
    }
}
