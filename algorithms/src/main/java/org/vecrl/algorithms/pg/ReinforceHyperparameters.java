package org.vecrl.algorithms.pg;

import org.vecrl.algorithms.pg.AdvantageEstimator.Baseline;
import org.vecrl.core.buffer.TruncationMode;
import org.vecrl.nn.Activation;
import org.vecrl.nn.Engine;

/**
 * REINFORCE / vanilla policy gradient (curriculum §6.2): rollouts of {@code num_steps} per env,
 * discounted reward-to-go (bootstrapped from V(final observation) at time-limit truncations, only
 * with the critic baseline, which then needs raw returns: {@code normalize_returns: false}), loss
 * {@code −mean(logπ·(G − b)) − c_ent·mean H} (+ {@code vf_coef·½·mean((V − G)²)} when the baseline
 * is the critic), one Adam step (ε 1e-5) per rollout. Defaults follow VPGArgs with
 * {@code use_iw = false, rollout_use_count = 1}.
 *
 * @param numSteps         steps per env per rollout
 * @param learningRate     Adam learning rate
 * @param annealLr         anneal linearly to 0 over the run
 * @param gamma            discount
 * @param baseline         none, mean (the curriculum's mean(G)) or critic (a learned V)
 * @param normalizeReturns z-score G over the rollout
 * @param entCoef          entropy bonus coefficient (full-distribution entropy)
 * @param vfCoef           critic loss coefficient (baseline critic only)
 * @param maxGradNorm      global gradient-norm clip (0 = none)
 * @param adamEps          Adam ε
 * @param hiddenSizes      hidden layers of the policy (and critic)
 * @param activation       hidden activation
 * @param engine           network engine
 */
public record ReinforceHyperparameters(int numSteps, double learningRate, boolean annealLr, double gamma,
                                       Baseline baseline, boolean normalizeReturns, double entCoef, double vfCoef,
                                       double maxGradNorm, double adamEps, int[] hiddenSizes, Activation activation,
                                       Engine engine) {

    public ReinforceHyperparameters {
        if (baseline == Baseline.CRITIC && normalizeReturns) {
            throw new IllegalArgumentException("baseline=critic with normalize_returns=true: the critic's "
                    + "V(final observation) bootstraps truncated returns in raw return units; expected "
                    + "normalize_returns=false with baseline=critic");
        }
    }

    /** VPGArgs defaults (policy MLP 120-84 ReLU as the curriculum's QNetwork). */
    public static ReinforceHyperparameters defaults() {
        return new ReinforceHyperparameters(128, 2.5e-4, false, 1.0, Baseline.MEAN, true, 0.01, 0.5, 0.5, 1e-5,
                new int[] {120, 84}, Activation.RELU, Engine.SIMD);
    }

    ActorCriticSettings toSettings() {
        return new ActorCriticSettings(numSteps, 1, 1, learningRate, annealLr, gamma, 1.0,
                TruncationMode.BOOTSTRAP_FINAL_OBS, Double.POSITIVE_INFINITY, false, entCoef,
                baseline == Baseline.CRITIC ? vfCoef : 0, true, maxGradNorm, 0, false,
                OptimizerSettings.adam(adamEps, 0), false, false,
                0, hiddenSizes, activation, engine);
    }
}
