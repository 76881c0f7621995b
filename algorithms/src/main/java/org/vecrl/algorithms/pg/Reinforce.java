package org.vecrl.algorithms.pg;

/** REINFORCE with reward-to-go and an optional baseline, registered as {@code "reinforce"}. */
public final class Reinforce extends ActorCriticAlgorithm<ReinforceHyperparameters> {

    @Override
    public String name() {
        return "reinforce";
    }

    @Override
    public Class<ReinforceHyperparameters> hyperparametersType() {
        return ReinforceHyperparameters.class;
    }

    @Override
    public ReinforceHyperparameters defaults() {
        return ReinforceHyperparameters.defaults();
    }

    @Override
    ActorCriticSettings settings(ReinforceHyperparameters h) {
        return h.toSettings();
    }

    @Override
    AdvantageEstimator estimator(ReinforceHyperparameters h, int batchSize) {
        return new AdvantageEstimator.ReturnsToGo(h.gamma(), h.baseline(), h.normalizeReturns(), batchSize);
    }
}
