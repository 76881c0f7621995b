package org.vecrl.algorithms.dqn;

import java.util.Arrays;
import java.util.List;
import org.vecrl.algorithms.train.AutoresetRequirement;
import org.vecrl.algorithms.train.Learner;
import org.vecrl.algorithms.train.Metrics;
import org.vecrl.algorithms.train.Policy;
import org.vecrl.algorithms.train.RunSettings;
import org.vecrl.core.buffer.PrioritizedReplayBuffer;
import org.vecrl.core.buffer.ReplayBatch;
import org.vecrl.core.buffer.ReplayBuffer;
import org.vecrl.core.env.Seeding;
import org.vecrl.core.env.SplitMix64;
import org.vecrl.core.math.ArgMax;
import org.vecrl.core.schedule.LinearSchedule;
import org.vecrl.core.spaces.Discrete;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.nn.Checkpoint;
import org.vecrl.nn.Optimizer;
import org.vecrl.nn.Optimizers;

/**
 * Deep Q-learning as a {@link Learner}. One iteration is either the prefill
 * (play until {@code learning_starts} environment steps) or {@code train_frequency} play steps
 * followed by {@code gradient_steps} training steps. A training step samples a batch, computes
 * {@code y = r + gamma * Q_target(s', a*) * (1 - terminated)} (a* = argmax of Q_target, or of the
 * online Q with Double DQN), regresses {@code Q(s, a)} on y with the configured loss, takes an
 * AdamW step and, every {@code target_update_interval} training steps starting with the first,
 * updates the target network (a copy when tau = 1, else a Polyak average).
 *
 * <p>With {@code prioritized_replay} the batch is drawn from a {@link PrioritizedReplayBuffer}: each
 * sample's loss and gradient are scaled by its normalised importance weight (exponent beta annealed
 * linearly from {@code per_beta_start} to 1 over the run), and after the step the sampled rows get
 * priority {@code |y - Q(s, a)| + per_eps}.
 */
public final class DqnLearner implements Learner {
    static final String TD_LOSS = "td_loss";
    static final String Q_VALUES = "q_values";
    static final String EPSILON = "epsilon";
    static final String GRAD_NORM = "grad_norm";
    static final String PRIORITIES = "dqn.replay.priorities";
    static final String MAX_PRIORITY = "dqn.replay.max_priority";

    private final RunSettings run;
    private final DqnHyperparameters args;
    private final VectorEnv env;
    private final QFunction q;
    private final QFunction target;
    private final Optimizer optimizer;
    private final ReplayBuffer buffer;
    private final PrioritizedReplayBuffer prioritized;
    private final LinearSchedule betaSchedule;
    private final float[] weights;
    private final float[] tdErrors;
    private final DqnAgent agent;
    private final SplitMix64 actionRng;
    private final int numActions;
    private final ReplayBatch batch;
    private final float[] qPred;
    private final float[] qNext;
    private final float[] qNextOnline;
    private final float[] chosen;
    private final float[] targets;
    private final float[] gradChosen;
    private final float[] gradOut;
    private long trainSteps;

    /** A learner on {@code env} (already reset) with networks and generators seeded from {@code run.seed()}. */
    public DqnLearner(RunSettings run, DqnHyperparameters args, VectorEnv env) {
        if (!(env.singleActionSpace() instanceof Discrete d) || d.start() != 0) {
            throw new IllegalArgumentException(
                    "DQN needs a Discrete(n) action space starting at 0, got " + env.singleActionSpace());
        }
        AutoresetRequirement.requireSameStep(
                env, "DQN", "the true next observation of transitions that end an episode");
        this.run = run;
        this.args = args;
        this.env = env;
        this.numActions = d.n();
        long initSeed = Seeding.derive(run.seed(), "init");
        this.q = Dqn.qFunction(args, env.obsDim(), numActions, initSeed);
        this.target = Dqn.qFunction(args, env.obsDim(), numActions, initSeed);
        target.updateFrom(q, 1.0);
        this.optimizer = Optimizers.adam(
                q.networks(), args.learningRate(), 0.9, 0.999, args.adamEps(), args.weightDecay(), args.maxGradNorm());
        if (args.prioritizedReplay()) {
            this.prioritized = new PrioritizedReplayBuffer(
                    env.numEnvs(),
                    env.obsDim(),
                    args.bufferSize(),
                    Seeding.derive(run.seed(), "replay"),
                    args.perAlpha(),
                    args.perEps());
            this.buffer = prioritized;
        } else {
            this.prioritized = null;
            this.buffer = new ReplayBuffer(
                    env.numEnvs(), env.obsDim(), args.bufferSize(), Seeding.derive(run.seed(), "replay"));
        }
        this.betaSchedule = new LinearSchedule(args.perBetaStart(), 1.0, 1.0, run.totalTimesteps());
        this.actionRng = Seeding.generator(run.seed(), "actions");
        this.agent = new DqnAgent(
                env,
                buffer,
                q,
                new LinearSchedule(args.startE(), args.endE(), args.explorationFraction(), run.totalTimesteps()),
                actionRng);
        int b = args.batchSize();
        this.batch = new ReplayBatch(b, env.obsDim());
        this.qPred = new float[b * numActions];
        this.qNext = new float[b * numActions];
        this.qNextOnline = new float[b * numActions];
        this.chosen = new float[b];
        this.targets = new float[b];
        this.gradChosen = new float[b];
        this.gradOut = new float[b * numActions];
        this.weights = new float[b];
        this.tdErrors = new float[b];
    }

    @Override
    public List<String> metricNames() {
        return List.of(TD_LOSS, Q_VALUES, EPSILON, GRAD_NORM);
    }

    @Override
    public void iterate(Metrics metrics) {
        long prefillEnd = Math.min(args.learningStarts(), run.totalTimesteps());
        if (agent.step() < prefillEnd) {
            while (agent.step() < prefillEnd) {
                agent.playStep();
            }
            metrics.record(EPSILON, agent.epsilon());
            return;
        }
        for (int i = 0; i < args.trainFrequency(); i++) {
            agent.playStep();
        }
        metrics.record(EPSILON, agent.epsilon());
        for (int g = 0; g < args.gradientSteps(); g++) {
            trainingStep(metrics);
        }
    }

    /**
     * One gradient step on a sampled batch, then the priority update (prioritized replay) and the
     * target update when it is due.
     */
    public void trainingStep(Metrics metrics) {
        int b = args.batchSize();
        if (prioritized == null) {
            buffer.sample(b, batch);
        } else {
            prioritized.sample(b, betaSchedule.value(agent.step()), batch, weights);
        }
        computeTargets(b);
        q.forwardTrain(batch.obs, b, qPred);
        double qSum = 0;
        for (int k = 0; k < b; k++) {
            chosen[k] = qPred[k * numActions + batch.actions[k]];
            qSum += chosen[k];
        }
        double loss = args.loss().lossAndGrad(chosen, targets, prioritized == null ? null : weights, b, gradChosen);
        Arrays.fill(gradOut, 0f);
        for (int k = 0; k < b; k++) {
            gradOut[k * numActions + batch.actions[k]] = gradChosen[k];
        }
        q.zeroGrad();
        q.backward(gradOut, b);
        metrics.record(TD_LOSS, loss);
        double norm = optimizer.step();
        metrics.record(Q_VALUES, qSum / b);
        metrics.record(GRAD_NORM, norm);
        if (prioritized != null) {
            for (int k = 0; k < b; k++) {
                tdErrors[k] = targets[k] - chosen[k];
            }
            prioritized.updatePriorities(batch.indices, tdErrors, b);
        }
        if (trainSteps % args.targetUpdateInterval() == 0) {
            target.updateFrom(q, args.tau());
        }
        trainSteps++;
    }

    private void computeTargets(int b) {
        target.forward(batch.nextObs, b, qNext);
        if (args.doubleDqn()) {
            q.forward(batch.nextObs, b, qNextOnline);
        }
        bellmanTargets(
                batch.rewards,
                batch.terminated,
                qNext,
                args.doubleDqn() ? qNextOnline : qNext,
                b,
                numActions,
                args.gamma(),
                targets);
    }

    /**
     * {@code out[k] = r[k] + gamma * qNextTarget[k, a*] * (1 - terminated[k])} with
     * {@code a* = argmax qNextSelect[k, .]} (the target net itself for DQN, the online net for Double DQN).
     */
    static void bellmanTargets(
            float[] rewards,
            boolean[] terminated,
            float[] qNextTarget,
            float[] qNextSelect,
            int b,
            int numActions,
            double gamma,
            float[] out) {
        for (int k = 0; k < b; k++) {
            int off = k * numActions;
            int best = ArgMax.of(qNextSelect, off, numActions);
            double bootstrap = terminated[k] ? 0 : gamma * qNextTarget[off + best];
            out[k] = (float) (rewards[k] + bootstrap);
        }
    }

    @Override
    public long nextIterationSteps() {
        long prefillEnd = Math.min(args.learningStarts(), run.totalTimesteps());
        if (agent.step() < prefillEnd) {
            long n = env.numEnvs();
            return (prefillEnd - agent.step() + n - 1) / n * n;
        }
        return (long) args.trainFrequency() * env.numEnvs();
    }

    @Override
    public void save(Checkpoint out) {
        Dqn.save(out, Dqn.Q_NETWORK, q);
        Dqn.save(out, "dqn.target", target);
        out.putOptimizer("dqn.optimizer", optimizer.state());
        out.putLong("dqn.agent_step", agent.step());
        out.putDouble("dqn.epsilon", agent.epsilon());
        out.putLong("dqn.train_steps", trainSteps);
        ReplayBuffer.Snapshot s = buffer.snapshot();
        out.putFloats("dqn.replay.obs", s.obs());
        out.putInts("dqn.replay.actions", s.actions());
        out.putFloats("dqn.replay.rewards", s.rewards());
        out.putBooleans("dqn.replay.terminated", s.terminated());
        out.putFloats("dqn.replay.next_obs", s.nextObs());
        out.putLongs("dqn.replay.counters", new long[] {s.position(), s.size(), s.added(), s.rngState()});
        out.putLong("dqn.action_rng", actionRng.state());
        if (prioritized != null) {
            PrioritizedReplayBuffer.Priorities p = prioritized.priorities();
            out.putDoubles(PRIORITIES, p.leaves());
            out.putDouble(MAX_PRIORITY, p.maxPriority());
        }
    }

    @Override
    public void restore(Checkpoint in) {
        Dqn.restore(in, Dqn.Q_NETWORK, q);
        Dqn.restore(in, "dqn.target", target);
        optimizer.restore(in.getOptimizer("dqn.optimizer"));
        agent.restoreCounters(in.getLong("dqn.agent_step"), in.getDouble("dqn.epsilon"));
        trainSteps = in.getLong("dqn.train_steps");
        long[] c = in.getLongs("dqn.replay.counters");
        buffer.restore(new ReplayBuffer.Snapshot(
                env.numEnvs(),
                env.obsDim(),
                args.bufferSize(),
                in.getFloats("dqn.replay.obs"),
                in.getInts("dqn.replay.actions"),
                in.getFloats("dqn.replay.rewards"),
                in.getBooleans("dqn.replay.terminated"),
                in.getFloats("dqn.replay.next_obs"),
                (int) c[0],
                (int) c[1],
                c[2],
                c[3]));
        actionRng.setState(in.getLong("dqn.action_rng"));
        if (prioritized != null) {
            prioritized.restorePriorities(new PrioritizedReplayBuffer.Priorities(
                    in.getDoubles(PRIORITIES, args.bufferSize()), in.getDouble(MAX_PRIORITY)));
        }
    }

    @Override
    public Policy policy() {
        return new QPolicy(q);
    }

    /** The online Q-function. */
    public QFunction qNetwork() {
        return q;
    }

    /** The target Q-function. */
    public QFunction targetNetwork() {
        return target;
    }

    /** The replay buffer. */
    public ReplayBuffer buffer() {
        return buffer;
    }

    /** The batch of the last training step (owned by the learner). */
    ReplayBatch lastBatch() {
        return batch;
    }

    /** The acting agent. */
    public DqnAgent agent() {
        return agent;
    }

    /** Gradient steps taken. */
    public long trainSteps() {
        return trainSteps;
    }
}
