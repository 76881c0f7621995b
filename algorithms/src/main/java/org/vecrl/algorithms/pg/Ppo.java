package org.vecrl.algorithms.pg;

/** Proximal policy optimisation (clipped surrogate, CleanRL semantics), registered as {@code "ppo"}. */
public final class Ppo extends ActorCriticAlgorithm<PpoHyperparameters> {

    @Override
    public String name() {
        return "ppo";
    }

    @Override
    public Class<PpoHyperparameters> hyperparametersType() {
        return PpoHyperparameters.class;
    }

    @Override
    public PpoHyperparameters defaults() {
        return PpoHyperparameters.defaults();
    }

    @Override
    ActorCriticSettings settings(PpoHyperparameters h) {
        return h.toSettings();
    }
}
