package org.vecrl.algorithms.pg;

import java.util.ArrayList;
import java.util.List;

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
import org.vecrl.core.wrappers.RunningMeanStd;
import org.vecrl.nn.Checkpoint;
import org.vecrl.nn.Mlp;
import org.vecrl.nn.Optimizer;

/**
 * On-policy actor-critic training (PPO; A2C and REINFORCE as its one-epoch, one-minibatch,
 * unclipped cases):
 * each {@link #iterate} collects {@code num_steps} steps of the N envs into a {@link RolloutBuffer},
 * computes advantages (GAE, or REINFORCE's reward-to-go), then runs {@code update_epochs} passes of shuffled minibatches through
 * {@link PpoObjective}, one optimizer step (with global-norm clipping) per minibatch, and stops the
 * epochs early when approx-KL exceeds {@code target_kl}. The learning rate anneals linearly to 0:
 * iteration k (1-based) of K trains at {@code lr·(1 − (k−1)/K)}.
 *
 * <p>Everything is allocated in the constructor; an iteration runs plain Java loops over these
 * arrays and the networks' own preallocated buffers.
 */
final class ActorCriticLearner implements Learner {
    static final List<String> METRICS = List.of("policy_loss", "value_loss", "entropy", "approx_kl", "clip_fraction",
            "explained_variance", "learning_rate", "grad_norm", "epochs");

    private final ActorCriticSettings s;
    private final VectorEnv env;
    private final ActorCriticNetworks nets;
    private final Optimizer optimizer;
    private final RolloutBuffer buffer;
    private final Minibatch mb;
    private final AdvantageEstimator estimator;
    private final MinibatchGradient gradient;
    private final RewardNormalizer rewardNorm;
    private final long numIterations;
    private final int n;
    private final int obsDim;
    private final LinearSchedule annealing;
    private final SplitMix64 actionRng;
    private final SplitMix64 shuffleRng;
    private long iteration;
    private int lastEpochs;

    private final float[] obs;
    private final float[] actorOut;
    private final float[] values;
    private final float[] logProbs;
    private final float[] rewards;
    private final float[] finalObs;
    private final float[] finalValues;

    ActorCriticLearner(RunSettings run, ActorCriticSettings settings, AdvantageEstimator estimator, VectorEnv env) {
        AutoresetRequirement.requireSameStep(env, "an on-policy learner", "final observations for truncated episodes");
        this.s = settings;
        this.env = env;
        this.n = env.numEnvs();
        this.obsDim = env.obsDim();
        int batch = settings.numSteps() * n;
        if (batch % settings.numMinibatches() != 0) {
            throw new IllegalArgumentException("num_minibatches=" + settings.numMinibatches() + ": expected a divisor of "
                    + "the batch size num_steps * num_envs = " + batch);
        }
        int minibatchSize = batch / settings.numMinibatches();
        if (run.totalTimesteps() < batch) {
            throw new IllegalArgumentException("total_timesteps=" + run.totalTimesteps() + ": expected at least one rollout of "
                    + "num_steps * num_envs = " + batch + " steps");
        }
        this.numIterations = run.totalTimesteps() / batch;
        this.annealing = settings.annealLr() ? new LinearSchedule(settings.learningRate(), 0, 1, numIterations) : null;
        this.nets = ActorCriticNetworks.create(settings, env.singleObservationSpace(), env.singleActionSpace(), n,
                Seeding.derive(run.seed(), "init"));
        List<Mlp> params = new ArrayList<>(nets.parameterNetworks());
        this.optimizer = settings.optimizer().build(params, settings.learningRate(), settings.maxGradNorm());
        this.buffer = nets.head().newBuffer(settings.numSteps(), n, obsDim);
        this.mb = new Minibatch(buffer, minibatchSize);
        this.estimator = estimator;
        this.gradient = new MinibatchGradient(nets, settings, minibatchSize);
        this.rewardNorm = settings.normalizeRewards() ? new RewardNormalizer(n, settings.gamma()) : null;
        this.actionRng = Seeding.generator(run.seed(), "actions");
        this.shuffleRng = Seeding.generator(run.seed(), "minibatches");
        int outputs = nets.head().actorOutputs();
        this.obs = new float[n * obsDim];
        this.actorOut = new float[n * outputs];
        this.values = new float[n];
        this.logProbs = new float[n];
        this.rewards = new float[n];
        this.finalObs = new float[n * obsDim];
        this.finalValues = new float[n];
    }

    @Override
    public List<String> metricNames() {
        return METRICS;
    }

    @Override
    public void iterate(Metrics metrics) {
        iteration++;
        collectRollout();
        nets.observe(env.observations(), n, obs, false);
        nets.critic().forward(obs, n, values);
        estimator.estimate(buffer, values);
        double lr = annealing == null ? s.learningRate() : annealing.value(Math.min(iteration - 1, numIterations));
        optimizer.setLearningRate(lr);
        update(metrics);
        metrics.record("learning_rate", lr);
        metrics.record("explained_variance", explainedVariance(buffer.values(), buffer.returns()));
    }

    /** Plays {@code num_steps} steps of the N envs into the buffer (package-private for the agent test). */
    void collectRollout() {
        buffer.reset();
        PolicyHead head = nets.head();
        for (int t = 0; t < s.numSteps(); t++) {
            nets.observe(env.observations(), n, obs, true);
            nets.actor().forward(obs, n, actorOut);
            nets.critic().forward(obs, n, values);
            head.sample(actorOut, n, actionRng, false, logProbs);
            head.step(env);
            boolean[] term = env.terminated();
            boolean[] trunc = env.truncated();
            if (rewardNorm != null) {
                rewardNorm.normalize(env.rewards(), term, rewards);
            } else {
                System.arraycopy(env.rewards(), 0, rewards, 0, n);
            }
            head.store(buffer, obs, logProbs, values, rewards, term, trunc);
            storeFinalValues(term, trunc);
        }
    }

    /**
     * Feeds the final observations of all episodes that ended on the last step to the observation
     * statistics (see {@link ObservationNormalizer}), then stores V(true final observation), normalised
     * with those statistics, for envs whose episode was truncated (not terminated).
     */
    private void storeFinalValues(boolean[] term, boolean[] trunc) {
        float[] fin = env.finalObservations();
        ObservationNormalizer obsNorm = nets.obsNorm();
        if (obsNorm != null) {
            int ended = gatherFinalObservations(fin, term, trunc, true);
            if (ended > 0) {
                obsNorm.update(finalObs, ended);
            }
        }
        int k = gatherFinalObservations(fin, term, trunc, false);
        if (k == 0) {
            return;
        }
        nets.observe(finalObs, k, finalObs, false);
        nets.critic().forward(finalObs, k, finalValues);
        k = 0;
        for (int i = 0; i < n; i++) {
            if (trunc[i] && !term[i]) {
                buffer.setFinalValue(i, finalValues[k++]);
            }
        }
    }

    /** Copies the final observations of truncated (with {@code allEnded}: all ended) episodes to {@code finalObs}. */
    private int gatherFinalObservations(float[] fin, boolean[] term, boolean[] trunc, boolean allEnded) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (allEnded ? term[i] || trunc[i] : trunc[i] && !term[i]) {
                System.arraycopy(fin, i * obsDim, finalObs, k * obsDim, obsDim);
                k++;
            }
        }
        return k;
    }

    private void update(Metrics metrics) {
        PpoObjective objective = gradient.objective();
        int epochs = 0;
        for (int epoch = 0; epoch < s.updateEpochs(); epoch++) {
            epochs++;
            buffer.shuffle(shuffleRng);
            for (int b = 0; b < s.numMinibatches(); b++) {
                buffer.fillMinibatch(b, mb);
                gradient.compute(mb);
                double norm = optimizer.step();
                metrics.record("policy_loss", objective.policyLoss());
                metrics.record("value_loss", objective.valueLoss());
                metrics.record("entropy", objective.entropy());
                metrics.record("approx_kl", objective.approxKl());
                metrics.record("clip_fraction", objective.clipFraction());
                metrics.record("grad_norm", norm);
            }
            if (s.targetKl() > 0 && objective.approxKl() > s.targetKl()) {
                break;
            }
        }
        metrics.record("epochs", epochs);
        lastEpochs = epochs;
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
    public long nextIterationSteps() {
        return (long) s.numSteps() * n;
    }

    @Override
    public void save(Checkpoint out) {
        nets.save(out);
        out.putOptimizer("optimizer", optimizer.state());
        out.putLong("learner.iteration", iteration);
        out.putLongs("learner.rngs", new long[] {actionRng.state(), shuffleRng.state()});
        if (rewardNorm != null) {
            out.putDoubles("reward_norm.stats", rewardNorm.stats().state().toArray());
            out.putFloats("reward_norm.returns", rewardNorm.returns());
        }
    }

    @Override
    public void restore(Checkpoint in) {
        nets.restore(in);
        optimizer.restore(in.getOptimizer("optimizer"));
        iteration = in.getLong("learner.iteration");
        long[] rngs = in.getLongs("learner.rngs");
        actionRng.setState(rngs[0]);
        shuffleRng.setState(rngs[1]);
        if (rewardNorm != null) {
            rewardNorm.stats().restore(RunningMeanStd.State.fromArray(in.getDoubles("reward_norm.stats")));
            rewardNorm.restoreReturns(in.getFloats("reward_norm.returns"));
        }
    }

    @Override
    public Policy policy() {
        return nets.policy();
    }

    /** Epochs run by the last update (fewer than update_epochs after a target-KL stop). */
    int lastEpochs() {
        return lastEpochs;
    }

    /** The optimizer's current learning rate. */
    double learningRate() {
        return optimizer.learningRate();
    }

    /** The networks (for tests). */
    ActorCriticNetworks networks() {
        return nets;
    }

    /** The rollout buffer of the last iteration (for tests). */
    RolloutBuffer buffer() {
        return buffer;
    }
}
