package org.vecrl.algorithms.dqn;

import org.vecrl.algorithms.train.Metrics;
import org.vecrl.algorithms.train.RunSettings;
import org.vecrl.core.env.Envs;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.nn.Engine;

/** Shared set-up of the DQN tests: argument variants and a loop that trains a learner without a run directory. */
final class DqnTesting {
    private DqnTesting() {}

    /** The curriculum's probe-test arguments: defaults with lr 1e-3, buffer 500, target every 20 trains. */
    static DqnArgs probeArgs(Engine engine) {
        DqnArgs d = DqnArgs.defaults();
        return new DqnArgs(d.hiddenSizes(), engine, 500, d.batchSize(), 1e-3, d.weightDecay(), d.adamEps(), d.maxGradNorm(),
                d.gamma(), d.startE(), d.endE(), d.explorationFraction(), 500, d.trainFrequency(), d.gradientSteps(), 20,
                d.tau(), d.doubleDqn(), d.loss());
    }

    /** A learner on a fresh {@code numEnvs}-env vector env reset with {@code seed}. */
    static DqnLearner learner(String envId, int numEnvs, long seed, long totalSteps, DqnArgs args) {
        VectorEnv env = Envs.makeVec(envId, numEnvs);
        env.reset(seed);
        return new DqnLearner(new RunSettings("dqn", envId, seed, totalSteps, numEnvs, 1_000_000, 1_000), args, env);
    }

    /** Iterates until the agent has taken {@code totalSteps} environment steps. */
    static Metrics train(DqnLearner learner, long totalSteps) {
        Metrics metrics = new Metrics(learner.metricNames(), () -> learner.agent().step());
        while (learner.agent().step() < totalSteps) {
            learner.iterate(metrics);
        }
        return metrics;
    }
}
