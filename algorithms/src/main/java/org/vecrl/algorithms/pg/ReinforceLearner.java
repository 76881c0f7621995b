package org.vecrl.algorithms.pg;

import org.vecrl.algorithms.pg.AdvantageEstimator.Baseline;
import org.vecrl.algorithms.train.Metrics;
import org.vecrl.algorithms.train.RunSettings;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.nn.Optimizers;

/**
 * REINFORCE's training state and update: after {@link OnPolicyLearner} collected a rollout,
 * {@link AdvantageEstimator.RewardToGoEstimator} turns it into returns-to-go G and advantages G − b, and
 * {@link #update} takes one Adam step on the whole rollout with the loss
 * {@code −mean(logπ·(G − b)) − c_ent·mean H} (plus {@code c_v·½·mean (V − G)²} with the critic baseline).
 */
final class ReinforceLearner extends OnPolicyLearner {

    ReinforceLearner(RunSettings run, ReinforceHyperparameters h, VectorEnv env) {
        super(
                run,
                h,
                env,
                new AdvantageEstimator.RewardToGoEstimator(
                        h.gamma(), h.baseline(), h.normalizeReturns(), h.numSteps() * env.numEnvs()),
                new PpoObjective(
                        Double.POSITIVE_INFINITY,
                        h.entCoef(),
                        h.baseline() == Baseline.CRITIC ? h.vfCoef() : 0,
                        true,
                        false,
                        false,
                        h.numSteps() * env.numEnvs()),
                1,
                params -> Optimizers.adam(params, h.learningRate(), 0.9, 0.999, h.adamEps(), 0, h.maxGradNorm()));
    }

    @Override
    void update(Metrics metrics) {
        shuffle();
        gradientStep(minibatch(0), metrics);
    }
}
