package org.vecrl.algorithms.dqn;

import java.util.List;
import org.vecrl.nn.Mlp;

/**
 * Dueling heads (Wang et al. 2016): a trunk MLP whose last layer is followed by a ReLU gives
 * features h; a linear value head V(h) and a linear advantage head A(h) combine into
 * {@code Q = V + A - mean_a A}. The nn networks only return parameter gradients, so the gradient
 * with respect to h is formed here from the heads' weights and passed back through the ReLU into
 * the trunk.
 */
final class DuelingQFunction implements QFunction {
    private final Mlp trunk;
    private final Mlp value;
    private final Mlp advantage;
    private final int features;
    private final int numActions;
    private final Activations training = new Activations();
    private final Activations inference = new Activations();
    private float[] gradV = new float[0];
    private float[] gradA = new float[0];
    private float[] gradH = new float[0];

    /** {@code trunk}: obs → F (identity output); {@code value}: F → 1; {@code advantage}: F → A; heads without hidden layers. */
    DuelingQFunction(Mlp trunk, Mlp value, Mlp advantage) {
        this.features = trunk.spec().outputSize();
        if (value.spec().inputSize() != features
                || advantage.spec().inputSize() != features
                || value.spec().outputSize() != 1
                || value.spec().hiddenSizes().length != 0
                || advantage.spec().hiddenSizes().length != 0) {
            throw new IllegalArgumentException("dueling heads " + value.spec() + " / " + advantage.spec()
                    + ": expected linear layers from the trunk's " + features + " features to 1 and A outputs");
        }
        this.trunk = trunk;
        this.value = value;
        this.advantage = advantage;
        this.numActions = advantage.spec().outputSize();
    }

    @Override
    public int numActions() {
        return numActions;
    }

    /** Features h, value v and advantages a of one forward pass (training and inference keep their own). */
    private final class Activations {
        float[] h = new float[0];
        float[] v = new float[0];
        float[] a = new float[0];

        void ensure(int batch) {
            if (h.length < batch * features) {
                h = new float[batch * features];
                v = new float[batch];
                a = new float[batch * numActions];
            }
        }

        void reluFeatures(int batch) {
            for (int i = 0; i < batch * features; i++) {
                if (h[i] < 0) {
                    h[i] = 0;
                }
            }
        }
    }

    @Override
    public void forward(float[] obs, int batch, float[] q) {
        Activations x = inference;
        x.ensure(batch);
        trunk.forward(obs, batch, x.h);
        x.reluFeatures(batch);
        value.forward(x.h, batch, x.v);
        advantage.forward(x.h, batch, x.a);
        combine(x, batch, q);
    }

    @Override
    public void forwardTrain(float[] obs, int batch, float[] q) {
        Activations x = training;
        x.ensure(batch);
        if (gradH.length < batch * features) {
            gradV = new float[batch];
            gradA = new float[batch * numActions];
            gradH = new float[batch * features];
        }
        trunk.forwardTrain(obs, batch, x.h);
        x.reluFeatures(batch);
        value.forwardTrain(x.h, batch, x.v);
        advantage.forwardTrain(x.h, batch, x.a);
        combine(x, batch, q);
    }

    private void combine(Activations x, int batch, float[] q) {
        float[] v = x.v;
        float[] a = x.a;
        for (int b = 0; b < batch; b++) {
            int off = b * numActions;
            double mean = 0;
            for (int k = 0; k < numActions; k++) {
                mean += a[off + k];
            }
            mean /= numActions;
            for (int k = 0; k < numActions; k++) {
                q[off + k] = (float) (v[b] + a[off + k] - mean);
            }
        }
    }

    /**
     * dV = sum_a dQ_a; dA_a = dQ_a - mean dQ; dh = W_v dV + W_A dA, masked by h > 0 (the ReLU);
     * the heads and the trunk then add their parameter gradients.
     */
    @Override
    public void backward(float[] gradQ, int batch) {
        float[] h = training.h;
        float[] wv = value.params();
        float[] wa = advantage.params();
        for (int b = 0; b < batch; b++) {
            int off = b * numActions;
            double sum = 0;
            for (int k = 0; k < numActions; k++) {
                sum += gradQ[off + k];
            }
            gradV[b] = (float) sum;
            float mean = (float) (sum / numActions);
            for (int k = 0; k < numActions; k++) {
                gradA[off + k] = gradQ[off + k] - mean;
            }
            for (int f = 0; f < features; f++) {
                int hi = b * features + f;
                if (h[hi] <= 0) {
                    gradH[hi] = 0;
                    continue;
                }
                double g = wv[f] * gradV[b];
                for (int k = 0; k < numActions; k++) {
                    g += wa[f * numActions + k] * gradA[off + k];
                }
                gradH[hi] = (float) g;
            }
        }
        value.backward(gradV, batch);
        advantage.backward(gradA, batch);
        trunk.backward(gradH, batch);
    }

    @Override
    public void zeroGrad() {
        trunk.zeroGrad();
        value.zeroGrad();
        advantage.zeroGrad();
    }

    @Override
    public List<Mlp> networks() {
        return List.of(trunk, value, advantage);
    }

    @Override
    public List<String> networkNames() {
        return List.of("trunk", "value", "advantage");
    }
}
