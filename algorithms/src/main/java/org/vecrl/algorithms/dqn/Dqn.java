package org.vecrl.algorithms.dqn;

import org.vecrl.algorithms.train.Algorithm;
import org.vecrl.algorithms.train.Learner;
import org.vecrl.algorithms.train.Policy;
import org.vecrl.algorithms.train.RunSettings;
import org.vecrl.core.spaces.Discrete;
import org.vecrl.core.spaces.Space;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.nn.Activation;
import org.vecrl.nn.Checkpoint;
import org.vecrl.nn.LayerInit;
import org.vecrl.nn.MlpSpec;
import org.vecrl.nn.Networks;

/** Deep Q-learning ({@code --algo dqn}), registered as a service. */
public final class Dqn implements Algorithm<DqnHyperparameters> {
    static final String Q_NETWORK = "dqn.q";

    @Override
    public String name() {
        return "dqn";
    }

    @Override
    public Class<DqnHyperparameters> hyperparametersType() {
        return DqnHyperparameters.class;
    }

    @Override
    public Learner createLearner(RunSettings run, DqnHyperparameters hyperparameters, VectorEnv env) {
        return new DqnLearner(run, hyperparameters, env);
    }

    /** The replay buffer: observation and next observation, action, reward and done flags per slot. */
    @Override
    public double bufferBytes(RunSettings run, DqnHyperparameters args, int obsDim) {
        return 4.0 * args.bufferSize() * (2.0 * obsDim + 3);
    }

    @Override
    public Policy loadPolicy(
            DqnHyperparameters args, Space<?> observationSpace, Space<?> actionSpace, Checkpoint checkpoint) {
        if (!(actionSpace instanceof Discrete d) || d.start() != 0) {
            throw new IllegalArgumentException(
                    "DQN needs a Discrete(n) action space starting at 0, got " + actionSpace);
        }
        QFunction q = qFunction(args, observationSpace.flatDim(), d.n(), 0);
        restore(checkpoint, Q_NETWORK, q);
        return new QPolicy(q);
    }

    /**
     * The plain Q-network (ReLU MLP with the configured hidden sizes, PyTorch default init), or
     * with {@code dueling} a trunk over the same hidden layers plus linear value and advantage heads.
     */
    static QFunction qFunction(DqnHyperparameters args, int obsDim, int numActions, long seed) {
        int[] hidden = args.hiddenSizes();
        if (!args.dueling()) {
            return new MlpQFunction(Networks.mlp(spec(obsDim, hidden, numActions), args.engine(), seed));
        }
        int features = hidden[hidden.length - 1];
        int[] trunkHidden = java.util.Arrays.copyOf(hidden, hidden.length - 1);
        return new DuelingQFunction(
                Networks.mlp(spec(obsDim, trunkHidden, features), args.engine(), seed),
                Networks.mlp(spec(features, new int[0], 1), args.engine(), seed + 1),
                Networks.mlp(spec(features, new int[0], numActions), args.engine(), seed + 2));
    }

    private static MlpSpec spec(int in, int[] hidden, int out) {
        return new MlpSpec(in, hidden, out, Activation.RELU, LayerInit.torchDefault(), LayerInit.torchDefault());
    }

    /**
     * Stores the networks of {@code q} under {@code name} plus their {@link QFunction#networkNames()}:
     * {@code dqn.q.mlp}, or {@code dqn.q.trunk}, {@code dqn.q.value} and {@code dqn.q.advantage} with dueling heads.
     */
    static void save(Checkpoint out, String name, QFunction q) {
        for (int i = 0; i < q.networks().size(); i++) {
            out.putNetwork(name + "." + q.networkNames().get(i), q.networks().get(i));
        }
    }

    /** Loads what {@link #save} stored. */
    static void restore(Checkpoint in, String name, QFunction q) {
        for (int i = 0; i < q.networks().size(); i++) {
            in.loadNetwork(name + "." + q.networkNames().get(i), q.networks().get(i));
        }
    }
}
