package org.vecrl.algorithms.pg;

/** Advantage actor-critic (synchronous, SB3 semantics), registered as {@code "a2c"}. */
public final class A2c extends ActorCriticAlgorithm<A2cHyperparameters> {

    @Override
    public String name() {
        return "a2c";
    }

    @Override
    public Class<A2cHyperparameters> hyperparametersType() {
        return A2cHyperparameters.class;
    }

    @Override
    public A2cHyperparameters defaults() {
        return A2cHyperparameters.defaults();
    }

    @Override
    ActorCriticSettings settings(A2cHyperparameters h) {
        return h.toSettings();
    }
}
