package org.vecrl.algorithms.pg;

import org.vecrl.algorithms.train.Learner;
import org.vecrl.algorithms.train.RunSettings;
import org.vecrl.core.vector.VectorEnv;

/**
 * REINFORCE with returns-to-go and an optional baseline, registered as {@code "reinforce"}; the
 * update is {@link ReinforceLearner}'s.
 */
public final class Reinforce extends OnPolicyAlgorithm<ReinforceHyperparameters> {

    @Override
    public String name() {
        return "reinforce";
    }

    @Override
    public Class<ReinforceHyperparameters> hyperparametersType() {
        return ReinforceHyperparameters.class;
    }

    @Override
    public Learner createLearner(RunSettings run, ReinforceHyperparameters hyperparameters, VectorEnv env) {
        return new ReinforceLearner(run, hyperparameters, env);
    }
}
