package org.vecrl.algorithms.pg;

import org.vecrl.algorithms.train.Algorithm;
import org.vecrl.algorithms.train.Learner;
import org.vecrl.algorithms.train.Policy;
import org.vecrl.algorithms.train.RunSettings;
import org.vecrl.algorithms.train.StateArchive;
import org.vecrl.core.spaces.Space;
import org.vecrl.core.vector.VectorEnv;

/** What PPO and A2C share: both map their hyperparameters onto {@link ActorCriticSettings}. */
abstract class ActorCriticAlgorithm<H extends Record> implements Algorithm<H> {

    /** The shared settings that {@code h} stands for. */
    abstract ActorCriticSettings settings(H h);

    @Override
    public Learner createLearner(RunSettings run, H hyperparameters, VectorEnv env) {
        return new ActorCriticLearner(run, settings(hyperparameters), env);
    }

    @Override
    public Policy loadPolicy(H hyperparameters, Space<?> observationSpace, Space<?> actionSpace,
                             StateArchive checkpoint) {
        ActorCriticNetworks nets = ActorCriticNetworks.create(settings(hyperparameters), observationSpace, actionSpace,
                1, 0);
        nets.restore(checkpoint);
        return nets.policy();
    }
}
