package org.vecrl.algorithms.pg;

import org.vecrl.algorithms.pg.AdvantageEstimator.Baseline;
import org.vecrl.algorithms.train.Default;
import org.vecrl.algorithms.train.Defaults;
import org.vecrl.nn.Activation;
import org.vecrl.nn.Engine;

/**
 * REINFORCE / vanilla policy gradient (Williams 1992): rollouts of {@code num_steps} per env,
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
 * @param baseline         none, mean (mean(G) over the rollout) or critic (a learned V)
 * @param normalizeReturns z-score G over the rollout
 * @param entCoef          entropy bonus coefficient (full-distribution entropy)
 * @param vfCoef           critic loss coefficient (baseline critic only)
 * @param maxGradNorm      global gradient-norm clip (0 = none)
 * @param adamEps          Adam ε
 * @param hiddenSizes      hidden layers of the policy (and critic)
 * @param activation       hidden activation
 * @param engine           network engine
 */
public record ReinforceHyperparameters(
        @Default("128") int numSteps,
        @Default("2.5e-4") double learningRate,
        @Default("false") boolean annealLr,
        @Default("1.0") double gamma,
        @Default("mean") Baseline baseline,
        @Default("true") boolean normalizeReturns,
        @Default("0.01") double entCoef,
        @Default("0.5") double vfCoef,
        @Default("0.5") double maxGradNorm,
        @Default("1e-5") double adamEps,
        @Default("120,84") int[] hiddenSizes,
        @Default("relu") Activation activation,
        @Default("simd") Engine engine)
        implements OnPolicyHyperparameters {

    public ReinforceHyperparameters {
        if (baseline == Baseline.CRITIC && normalizeReturns) {
            throw new IllegalArgumentException("baseline=critic with normalize_returns=true: the critic's "
                    + "V(final observation) bootstraps truncated returns in raw return units; expected "
                    + "normalize_returns=false with baseline=critic");
        }
    }

    /** The classic VPG defaults (policy MLP 120-84 ReLU), from the annotations. */
    public static ReinforceHyperparameters defaults() {
        return Defaults.of(ReinforceHyperparameters.class);
    }
}
