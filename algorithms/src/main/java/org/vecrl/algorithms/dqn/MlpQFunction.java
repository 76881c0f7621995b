package org.vecrl.algorithms.dqn;

import java.util.List;
import org.vecrl.nn.Mlp;

/** The plain Q-network: one MLP from observation to A values. */
final class MlpQFunction implements QFunction {
    private final Mlp net;

    MlpQFunction(Mlp net) {
        this.net = net;
    }

    @Override
    public int numActions() {
        return net.spec().outputSize();
    }

    @Override
    public void forward(float[] obs, int batch, float[] q) {
        net.forward(obs, batch, q);
    }

    @Override
    public void forwardTrain(float[] obs, int batch, float[] q) {
        net.forwardTrain(obs, batch, q);
    }

    @Override
    public void backward(float[] gradQ, int batch) {
        net.backward(gradQ, batch);
    }

    @Override
    public void zeroGrad() {
        net.zeroGrad();
    }

    @Override
    public List<Mlp> networks() {
        return List.of(net);
    }

    @Override
    public List<String> networkNames() {
        return List.of("mlp");
    }
}
