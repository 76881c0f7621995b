package org.vecrl.algorithms.pg;

import org.vecrl.algorithms.train.Algorithm;
import org.vecrl.algorithms.train.Policy;
import org.vecrl.algorithms.train.RunSettings;
import org.vecrl.core.spaces.Space;
import org.vecrl.nn.Checkpoint;

/**
 * What PPO, A2C and REINFORCE share as {@link Algorithm}s: the same actor-critic networks (so one
 * way to rebuild the policy from a checkpoint) and the same rollout storage. Each subclass creates
 * its own learner.
 */
abstract class OnPolicyAlgorithm<H extends Record & OnPolicyHyperparameters> implements Algorithm<H> {

    /** The rollout: observations plus actions, log-probabilities, rewards, dones, values, advantages and returns. */
    @Override
    public double bufferBytes(RunSettings run, H hyperparameters, int obsDim) {
        return 4.0 * hyperparameters.numSteps() * run.numEnvs() * (obsDim + 7);
    }

    @Override
    public Policy loadPolicy(
            H hyperparameters, Space<?> observationSpace, Space<?> actionSpace, Checkpoint checkpoint) {
        ActorCriticNetworks nets = ActorCriticNetworks.create(hyperparameters, observationSpace, actionSpace, 1, 0);
        nets.restorePolicy(checkpoint);
        return nets.policy();
    }
}
