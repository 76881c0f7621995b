package org.vecrl.algorithms.pg;

import org.vecrl.algorithms.train.Algorithm;
import org.vecrl.algorithms.train.Learner;
import org.vecrl.algorithms.train.Policy;
import org.vecrl.algorithms.train.RunSettings;
import org.vecrl.core.buffer.Gae;
import org.vecrl.core.spaces.Space;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.nn.Checkpoint;

/** What PPO, A2C and REINFORCE share: each maps its hyperparameters onto {@link ActorCriticSettings}. */
abstract class ActorCriticAlgorithm<H extends Record> implements Algorithm<H> {

    /** The shared settings that {@code h} stands for. */
    abstract ActorCriticSettings settings(H h);

    /** How advantages are estimated; GAE with the settings' γ, λ and truncation mode unless overridden. */
    AdvantageEstimator estimator(H h, int batchSize) {
        ActorCriticSettings s = settings(h);
        return new AdvantageEstimator.GaeEstimator(new Gae(s.gamma(), s.gaeLambda(), s.truncation()));
    }

    @Override
    public Learner createLearner(RunSettings run, H hyperparameters, VectorEnv env) {
        ActorCriticSettings s = settings(hyperparameters);
        return new ActorCriticLearner(run, s, estimator(hyperparameters, s.numSteps() * env.numEnvs()), env);
    }

    /** The rollout: observations plus actions, log-probabilities, rewards, dones, values, advantages and returns. */
    @Override
    public double bufferBytes(RunSettings run, H hyperparameters, int obsDim) {
        return 4.0 * settings(hyperparameters).numSteps() * run.numEnvs() * (obsDim + 7);
    }

    @Override
    public Policy loadPolicy(H hyperparameters, Space<?> observationSpace, Space<?> actionSpace,
                             Checkpoint checkpoint) {
        ActorCriticNetworks nets = ActorCriticNetworks.create(settings(hyperparameters), observationSpace, actionSpace,
                1, 0);
        nets.restore(checkpoint);
        return nets.policy();
    }
}
