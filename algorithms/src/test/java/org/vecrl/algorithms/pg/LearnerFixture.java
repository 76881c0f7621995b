package org.vecrl.algorithms.pg;

import java.util.Map;
import org.vecrl.algorithms.train.Defaults;
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

    /** PPO's defaults with the given config keys replaced. */
    static PpoHyperparameters ppoWith(Map<String, ?> overrides) {
        return Defaults.of(PpoHyperparameters.class, overrides);
    }

    /** PPO's defaults with the learning rate, its annealing and {@code num_steps} replaced. */
    static PpoHyperparameters withLr(double lr, boolean anneal, int numSteps) {
        return ppoWith(Map.of("learning_rate", lr, "anneal_lr", anneal, "num_steps", numSteps));
    }

    /** PPO's defaults with {@code num_steps} and the observation and reward normalisation switches replaced. */
    static PpoHyperparameters normalizing(int numSteps, boolean obs, boolean reward) {
        return ppoWith(Map.of("num_steps", numSteps, "normalize_obs", obs, "normalize_reward", reward));
    }
}
