package org.vecrl.algorithms.dqn;

import org.vecrl.algorithms.train.Algorithm;
import org.vecrl.algorithms.train.Learner;
import org.vecrl.algorithms.train.NetworkState;
import org.vecrl.algorithms.train.Policy;
import org.vecrl.algorithms.train.RunSettings;
import org.vecrl.algorithms.train.StateArchive;
import org.vecrl.core.spaces.Discrete;
import org.vecrl.core.spaces.Space;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.nn.Activation;
import org.vecrl.nn.LayerInit;
import org.vecrl.nn.Mlp;
import org.vecrl.nn.MlpSpec;
import org.vecrl.nn.Networks;

/** Deep Q-learning ({@code --algo dqn}), registered as a service. */
public final class DqnAlgorithm implements Algorithm<DqnArgs> {
    static final String Q_NETWORK = "dqn.q";

    @Override
    public String name() {
        return "dqn";
    }

    @Override
    public Class<DqnArgs> hyperparametersType() {
        return DqnArgs.class;
    }

    @Override
    public DqnArgs defaults() {
        return DqnArgs.defaults();
    }

    @Override
    public Learner createLearner(RunSettings run, DqnArgs hyperparameters, VectorEnv env) {
        return new DqnLearner(run, hyperparameters, env);
    }

    @Override
    public Policy loadPolicy(DqnArgs args, Space<?> observationSpace, Space<?> actionSpace, StateArchive checkpoint) {
        if (!(actionSpace instanceof Discrete d) || d.start() != 0) {
            throw new IllegalArgumentException("DQN needs a Discrete(n) action space starting at 0, got " + actionSpace);
        }
        Mlp q = qNetwork(args, observationSpace.flatDim(), d.n(), 0);
        NetworkState.restoreNetwork(checkpoint, Q_NETWORK, q);
        return new QPolicy(q);
    }

    /** The curriculum's Q-network shape (ReLU MLP, PyTorch default init) with the configured hidden sizes. */
    static Mlp qNetwork(DqnArgs args, int obsDim, int numActions, long seed) {
        MlpSpec spec = new MlpSpec(obsDim, args.hiddenSizes(), numActions, Activation.RELU, LayerInit.torchDefault(),
                LayerInit.torchDefault());
        return Networks.mlp(spec, args.engine(), seed);
    }
}
