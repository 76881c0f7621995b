package org.vecrl.algorithms.pg;

import org.vecrl.algorithms.train.Metrics;
import org.vecrl.algorithms.train.RunSettings;
import org.vecrl.core.env.Envs;
import org.vecrl.core.vector.VectorEnv;

/** Builds a learner directly on a native vector env, outside a training run. */
final class LearnerFixture {
    private LearnerFixture() {}

    static PpoLearner ppo(String envId, int numEnvs, long totalTimesteps, long seed, PpoHyperparameters h) {
        VectorEnv env = Envs.makeVec(envId, numEnvs);
        env.reset(seed);
        return ppo(env, envId, totalTimesteps, seed, h);
    }

    /** A learner on an env that is already reset. */
    static PpoLearner ppo(VectorEnv env, String envId, long totalTimesteps, long seed, PpoHyperparameters h) {
        int numEnvs = env.numEnvs();
        RunSettings run = new RunSettings("ppo", envId, seed, totalTimesteps, numEnvs, totalTimesteps, totalTimesteps);
        return (PpoLearner) new Ppo().createLearner(run, h, env);
    }

    static Metrics metrics() {
        return new Metrics(PpoLearner.METRICS, () -> 0L);
    }

    /** PPO defaults with some fields replaced. */
    static PpoHyperparameters withLr(PpoHyperparameters d, double lr, boolean anneal, int numSteps) {
        return new PpoHyperparameters(
                numSteps,
                d.numMinibatches(),
                d.updateEpochs(),
                lr,
                anneal,
                d.gamma(),
                d.gaeLambda(),
                d.truncation(),
                d.clipCoef(),
                d.clipValueLoss(),
                d.entCoef(),
                d.vfCoef(),
                d.valueLossHalf(),
                d.maxGradNorm(),
                d.targetKl(),
                d.normalizeAdvantages(),
                d.adamEps(),
                d.weightDecay(),
                d.normalizeObs(),
                d.normalizeReward(),
                d.logStdInit(),
                d.hiddenSizes(),
                d.engine());
    }

    /** PPO defaults with {@code num_steps} and the observation and reward normalisation switches replaced. */
    static PpoHyperparameters normalizing(int numSteps, boolean obs, boolean reward) {
        PpoHyperparameters d = PpoHyperparameters.defaults();
        return new PpoHyperparameters(
                numSteps,
                d.numMinibatches(),
                d.updateEpochs(),
                d.learningRate(),
                d.annealLr(),
                d.gamma(),
                d.gaeLambda(),
                d.truncation(),
                d.clipCoef(),
                d.clipValueLoss(),
                d.entCoef(),
                d.vfCoef(),
                d.valueLossHalf(),
                d.maxGradNorm(),
                d.targetKl(),
                d.normalizeAdvantages(),
                d.adamEps(),
                d.weightDecay(),
                obs,
                reward,
                d.logStdInit(),
                d.hiddenSizes(),
                d.engine());
    }
}
