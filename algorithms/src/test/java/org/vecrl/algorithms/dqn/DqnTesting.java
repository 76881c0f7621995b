package org.vecrl.algorithms.dqn;

import java.util.HashMap;
import java.util.Map;
import org.vecrl.algorithms.train.Defaults;
import org.vecrl.algorithms.train.Metrics;
import org.vecrl.algorithms.train.RunSettings;
import org.vecrl.core.env.Envs;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.nn.Engine;

/** Shared set-up of the DQN tests: argument variants and a loop that trains a learner without a run directory. */
final class DqnTesting {
    private DqnTesting() {}

    /** The default arguments with some keys replaced, e.g. {@code args(Map.of("engine", "nd4j"))}. */
    static DqnHyperparameters args(Map<String, Object> overrides) {
        return Defaults.of(DqnHyperparameters.class, overrides);
    }

    /** The probe tests' arguments: defaults with lr 1e-3, buffer 500, learning from step 500, target every 20 trains. */
    private static final Map<String, Object> PROBE =
            Map.of("learning_rate", 1e-3, "buffer_size", 500, "learning_starts", 500, "target_update_interval", 20);

    /** The probe tests' arguments on {@code engine}. */
    static DqnHyperparameters probeArgs(Engine engine) {
        return probeArgs(Map.of("engine", engine));
    }

    /** The probe tests' arguments with {@code extra} keys set as well. */
    static DqnHyperparameters probeArgs(Map<String, ?> extra) {
        Map<String, Object> all = new HashMap<>(PROBE);
        all.putAll(extra);
        return args(all);
    }

    /** A learner on a fresh {@code numEnvs}-env vector env reset with {@code seed}. */
    static DqnLearner learner(String envId, int numEnvs, long seed, long totalSteps, DqnHyperparameters args) {
        VectorEnv env = Envs.makeVec(envId, numEnvs);
        env.reset(seed);
        return new DqnLearner(new RunSettings("dqn", envId, seed, totalSteps, numEnvs, 1_000_000, 1_000), args, env);
    }

    /** Iterates until the agent has taken {@code totalSteps} environment steps. */
    static Metrics train(DqnLearner learner, long totalSteps) {
        Metrics metrics =
                new Metrics(learner.metricNames(), () -> learner.agent().step());
        while (learner.agent().step() < totalSteps) {
            learner.iterate(metrics);
        }
        return metrics;
    }
}
