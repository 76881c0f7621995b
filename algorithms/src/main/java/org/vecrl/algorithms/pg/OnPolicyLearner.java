package org.vecrl.algorithms.pg;

import java.util.List;
import java.util.function.Function;
import org.vecrl.algorithms.train.AutoresetRequirement;
import org.vecrl.algorithms.train.Learner;
import org.vecrl.algorithms.train.Metrics;
import org.vecrl.algorithms.train.Policy;
import org.vecrl.algorithms.train.RunSettings;
import org.vecrl.core.buffer.Minibatch;
import org.vecrl.core.buffer.RolloutBuffer;
import org.vecrl.core.env.Seeding;
import org.vecrl.core.env.SplitMix64;
import org.vecrl.core.schedule.LinearSchedule;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.core.wrappers.vector.NormalizeObservation;
import org.vecrl.core.wrappers.vector.NormalizeReward;
import org.vecrl.nn.Checkpoint;
import org.vecrl.nn.Mlp;
import org.vecrl.nn.Optimizer;

/**
 * The loop every on-policy algorithm shares (SB3's {@code OnPolicyAlgorithm}): each {@link #iterate}
 * collects a rollout ({@link RolloutCollector}), estimates advantages and returns, sets the learning
 * rate (annealed linearly to 0 when asked: iteration k of K trains at {@code lr·(1 − (k−1)/K)}), and
 * calls the algorithm's own {@link #update}, then records the learning rate and the explained
 * variance. A subclass's update draws minibatches with {@link #minibatch} and takes gradient steps
 * with {@link #gradientStep}. Generators: action sampling and minibatch shuffling each have their own
 * stream derived from the run seed, and both are saved in checkpoints.
 *
 * <p>With {@code normalize_obs} / {@code normalize_reward} the learner steps its env through
 * {@link NormalizeObservation} and {@link NormalizeReward} (CleanRL's order, each clipped to ±10),
 * whose state it saves; wrappers further inside (the training run's episode statistics) see the raw
 * observations and rewards.
 */
abstract class OnPolicyLearner implements Learner {
    /** Metrics of every on-policy learner; a subclass may add its own. */
    static final List<String> COMMON_METRICS =
            List.of("policy_loss", "value_loss", "entropy", "explained_variance", "learning_rate", "grad_norm");

    /** CleanRL's clip of normalised rewards. */
    private static final double REWARD_CLIP = 10;

    private static final String REWARD_NORM = "reward_norm.";

    private final ActorCriticNetworks nets;
    private final NormalizeObservation obsNorm;
    private final NormalizeReward rewardNorm;
    private final RolloutCollector collector;
    private final AdvantageEstimator estimator;
    private final Optimizer optimizer;
    private final MinibatchGradient gradient;
    private final Minibatch mb;
    private final SplitMix64 shuffleRng;
    private final LinearSchedule annealing;
    private final double learningRate;
    private final long numIterations;
    private final long stepsPerIteration;
    private final int numMinibatches;
    private long iteration;

    /**
     * @param run            the run settings (seed, total steps)
     * @param h              the algorithm's hyperparameters
     * @param env            the vector env, already reset, in SAME_STEP autoreset mode
     * @param estimator      how advantages and returns are estimated from a rollout
     * @param objective      the algorithm's loss, sized for one minibatch
     * @param numMinibatches minibatches per pass over a rollout (must divide num_steps × num_envs)
     * @param optimizer      builds the optimizer over the parameter networks
     */
    OnPolicyLearner(
            RunSettings run,
            OnPolicyHyperparameters h,
            VectorEnv env,
            AdvantageEstimator estimator,
            PpoObjective objective,
            int numMinibatches,
            Function<List<Mlp>, Optimizer> optimizer) {
        AutoresetRequirement.requireSameStep(env, "an on-policy learner", "final observations for truncated episodes");
        int batch = h.numSteps() * env.numEnvs();
        if (batch % numMinibatches != 0) {
            throw new IllegalArgumentException("num_minibatches=" + numMinibatches + ": expected a divisor of "
                    + "the batch size num_steps * num_envs = " + batch);
        }
        if (run.totalTimesteps() < batch) {
            throw new IllegalArgumentException("total_timesteps=" + run.totalTimesteps()
                    + ": expected at least one rollout of " + "num_steps * num_envs = " + batch + " steps");
        }
        this.stepsPerIteration = batch;
        this.numMinibatches = numMinibatches;
        this.numIterations = run.totalTimesteps() / batch;
        this.learningRate = h.learningRate();
        this.annealing = h.annealLr() ? new LinearSchedule(h.learningRate(), 0, 1, numIterations) : null;
        this.nets = ActorCriticNetworks.create(
                h,
                env.singleObservationSpace(),
                env.singleActionSpace(),
                env.numEnvs(),
                Seeding.derive(run.seed(), "init"));
        this.optimizer = optimizer.apply(nets.parameterNetworks());
        this.obsNorm = nets.obsNorm() == null
                ? null
                : NormalizeObservation.aroundResetEnv(env, nets.obsNorm(), ActorCriticNetworks.OBS_CLIP);
        VectorEnv observed = obsNorm == null ? env : obsNorm;
        this.rewardNorm = h.normalizeReward() ? new NormalizeReward(observed, h.gamma(), 1e-8, REWARD_CLIP) : null;
        this.collector = new RolloutCollector(
                rewardNorm == null ? observed : rewardNorm, nets, h, Seeding.generator(run.seed(), "actions"));
        this.estimator = estimator;
        this.gradient = new MinibatchGradient(nets, objective, batch / numMinibatches);
        this.mb = new Minibatch(collector.buffer(), batch / numMinibatches);
        this.shuffleRng = Seeding.generator(run.seed(), "minibatches");
    }

    /** The metrics every on-policy learner records; an algorithm with more overrides it. */
    @Override
    public List<String> metricNames() {
        return COMMON_METRICS;
    }

    @Override
    public final void iterate(Metrics metrics) {
        iteration++;
        collector.collect();
        estimator.estimate(collector.buffer(), collector.bootstrapValues());
        double lr = annealing == null ? learningRate : annealing.value(Math.min(iteration - 1, numIterations));
        optimizer.setLearningRate(lr);
        update(metrics);
        metrics.record("learning_rate", lr);
        RolloutBuffer buffer = collector.buffer();
        metrics.record("explained_variance", explainedVariance(buffer.values(), buffer.returns()));
    }

    /** The algorithm's update on the rollout just collected, with its advantages and returns. */
    abstract void update(Metrics metrics);

    /** Shuffles the rollout's rows for a new pass (in place, as CleanRL shuffles {@code b_inds} each epoch). */
    final void shuffle() {
        collector.buffer().shuffle(shuffleRng);
    }

    /** Minibatch {@code index} of the current shuffle. */
    final Minibatch minibatch(int index) {
        collector.buffer().fillMinibatch(index, mb);
        return mb;
    }

    /** Minibatches per pass over a rollout. */
    final int numMinibatches() {
        return numMinibatches;
    }

    /**
     * One optimizer step on {@code batch}: the loss and its gradient, global-norm clipping and the
     * update; records the loss terms and the gradient norm. Returns the loss terms of this step.
     */
    final PpoObjective gradientStep(Minibatch batch, Metrics metrics) {
        gradient.compute(batch);
        double norm = optimizer.step();
        PpoObjective objective = gradient.objective();
        metrics.record("policy_loss", objective.policyLoss());
        metrics.record("value_loss", objective.valueLoss());
        metrics.record("entropy", objective.entropy());
        metrics.record("grad_norm", norm);
        return objective;
    }

    /** {@code 1 − var(returns − values) / var(returns)}; NaN-free: 0 when the returns do not vary. */
    static double explainedVariance(float[] values, float[] returns) {
        int len = returns.length;
        double meanR = 0;
        double meanD = 0;
        for (int i = 0; i < len; i++) {
            meanR += returns[i];
            meanD += returns[i] - values[i];
        }
        meanR /= len;
        meanD /= len;
        double varR = 0;
        double varD = 0;
        for (int i = 0; i < len; i++) {
            double r = returns[i] - meanR;
            double d = returns[i] - values[i] - meanD;
            varR += r * r;
            varD += d * d;
        }
        return varR == 0 ? 0 : 1 - varD / varR;
    }

    @Override
    public final long nextIterationSteps() {
        return stepsPerIteration;
    }

    @Override
    public final void save(Checkpoint out) {
        nets.save(out);
        out.putOptimizer("optimizer", optimizer.state());
        out.putLong("learner.iteration", iteration);
        out.putLong("learner.shuffle_rng", shuffleRng.state());
        collector.save(out);
        if (obsNorm != null) {
            obsNorm.saveState(out, ActorCriticNetworks.OBS_NORM);
        }
        if (rewardNorm != null) {
            rewardNorm.saveState(out, REWARD_NORM);
        }
    }

    @Override
    public final void restore(Checkpoint in) {
        nets.restore(in);
        optimizer.restore(in.getOptimizer("optimizer"));
        iteration = in.getLong("learner.iteration");
        shuffleRng.setState(in.getLong("learner.shuffle_rng"));
        collector.restore(in);
        if (obsNorm != null) {
            obsNorm.restoreState(in, ActorCriticNetworks.OBS_NORM);
        }
        if (rewardNorm != null) {
            rewardNorm.restoreState(in, REWARD_NORM);
        }
    }

    @Override
    public final Policy policy() {
        return nets.policy();
    }

    /** The optimizer's current learning rate. */
    final double learningRate() {
        return optimizer.learningRate();
    }

    /** The networks (for tests). */
    final ActorCriticNetworks networks() {
        return nets;
    }

    /** The observation normalisation wrapper, or null without {@code normalize_obs} (for tests). */
    final NormalizeObservation observationNormalizer() {
        return obsNorm;
    }

    /** The rollout collector (for tests). */
    final RolloutCollector collector() {
        return collector;
    }
}
