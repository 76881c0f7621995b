package org.vecrl.algorithms.pg;

import org.vecrl.algorithms.train.Learner;
import org.vecrl.algorithms.train.RunSettings;
import org.vecrl.core.vector.VectorEnv;

/** Advantage actor-critic (synchronous, SB3 semantics), registered as {@code "a2c"}; the update is {@link A2cLearner}'s. */
public final class A2c extends OnPolicyAlgorithm<A2cHyperparameters> {

    @Override
    public String name() {
        return "a2c";
    }

    @Override
    public Class<A2cHyperparameters> hyperparametersType() {
        return A2cHyperparameters.class;
    }

    @Override
    public Learner createLearner(RunSettings run, A2cHyperparameters hyperparameters, VectorEnv env) {
        return new A2cLearner(run, hyperparameters, env);
    }
}
