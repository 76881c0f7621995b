package org.vecrl.algorithms.pg;

import org.vecrl.algorithms.train.Metrics;
import org.vecrl.algorithms.train.RunSettings;
import org.vecrl.core.buffer.Gae;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.nn.Optimizers;

/**
 * A2C's training state and update as Stable-Baselines3's {@code A2C.train}: after
 * {@link OnPolicyLearner} collected an n-step rollout and computed GAE (λ = 1 gives plain n-step
 * returns), {@link #update} takes one optimizer step on the whole rollout (SB3 draws it as one
 * shuffled batch) with the loss {@code −mean(Â·logπ) − c_ent·mean H + c_v·mean (V − R)²} (SB3's
 * plain squared error), through torch's RMSprop by default.
 */
final class A2cLearner extends OnPolicyLearner {

    A2cLearner(RunSettings run, A2cHyperparameters h, VectorEnv env) {
        super(
                run,
                h,
                env,
                new AdvantageEstimator.GaeEstimator(new Gae(h.gamma(), h.gaeLambda(), h.truncation())),
                new PpoObjective(
                        Double.POSITIVE_INFINITY,
                        h.entCoef(),
                        h.vfCoef(),
                        false,
                        false,
                        h.normalizeAdvantages(),
                        h.numSteps() * env.numEnvs()),
                1,
                params -> h.optimizer() == A2cHyperparameters.OptimizerKind.RMSPROP
                        ? Optimizers.rmsprop(
                                params, h.learningRate(), h.rmspropAlpha(), h.optimizerEps(), 0, h.maxGradNorm())
                        : Optimizers.adam(params, h.learningRate(), 0.9, 0.999, h.optimizerEps(), 0, h.maxGradNorm()));
    }

    @Override
    void update(Metrics metrics) {
        shuffle();
        gradientStep(minibatch(0), metrics);
    }
}
