package org.vecrl.cuda;

import java.util.List;
import java.util.SplittableRandom;
import org.vecrl.algorithms.pg.PpoHyperparameters;
import org.vecrl.core.buffer.TruncationMode;
import org.vecrl.core.schedule.LinearSchedule;
import org.vecrl.nn.Engine;
import org.vecrl.nn.LayerInit;
import org.vecrl.nn.Mlp;
import org.vecrl.nn.MlpSpec;
import org.vecrl.nn.Networks;
import org.vecrl.nn.Optimizer;
import org.vecrl.nn.Optimizers;

/**
 * PPO with the envs, the rollout, GAE and the update all on the GPU: CleanRL's {@code ppo.py} (the
 * {@link PpoHyperparameters} and their defaults, actor and critic as the host PPO builds them) for the
 * classic-control envs with discrete actions, where thousands of envs step as one kernel and nothing crosses to
 * the host but a few scalars per iteration (the gradient norm per minibatch for clipping, the diagnostics and
 * episode statistics once per iteration). Per rollout step: the actor's forward, {@code sample_with_streams}
 * (each env's own random stream), the critic's forward and one env step kernel; then the values after the
 * rollout (and of the final observations of truncated episodes), {@code gae}; per epoch a random permutation
 * (minibatch.cu) and per minibatch a gather, the per-minibatch advantage statistics, the loss kernels
 * (ppo_loss.cu), both backwards and Adam. Differences from the host PPO, which runs any env on any engine:
 * same-step autoreset, the device's random streams (a run repeats exactly on one GPU, not across engines),
 * no observation or reward normalisation; the hyperparameters' {@code engine} is not read (the networks are
 * always the CUDA engine's). Not thread-safe; {@link #close()} frees the device memory (the
 * networks' too: {@link #actor()} is unusable afterwards).
 */
public final class DevicePpo implements AutoCloseable {

    /** Per-minibatch diagnostics summed on the device: surrogate, entropy, approx-KL, clipped, value loss. */
    private static final int TERMS = 5;
    /** Summed on the device per rollout: the episodes that ended, their returns and their lengths. */
    private static final int EPISODE_SUMS = 3;

    private final PpoHyperparameters h;
    private final DeviceEnvKind kind;
    private final int numEnvs;
    private final int numSteps;
    private final int batch;
    private final int minibatch;
    private final int numIterations;
    private final int halfBits;
    private final LinearSchedule annealing;
    private final SplittableRandom keys;
    private final CudaKernels kernels;
    private final CudaReductions reductions;
    private final DeviceVectorEnv env;
    private final CudaMlp actor;
    private final CudaMlp critic;
    private final Optimizer adam;
    private final Rollout rollout;
    private final Minibatch mb;
    private int iteration;

    /**
     * PPO on {@code numEnvs} device envs of {@code envId} for {@code totalTimesteps} (whole iterations of
     * num_steps × numEnvs), networks drawn and envs reset with {@code seed}; fails with what is wrong before
     * anything is allocated.
     */
    public DevicePpo(String envId, PpoHyperparameters h, int numEnvs, long totalTimesteps, long seed) {
        this.kind = DeviceEnvKind.of(envId);
        check(kind, h, numEnvs, totalTimesteps);
        this.h = h;
        this.numEnvs = numEnvs;
        this.numSteps = h.numSteps();
        this.batch = numSteps * numEnvs;
        this.minibatch = batch / h.numMinibatches();
        this.numIterations = Math.toIntExact(totalTimesteps / batch);
        this.halfBits = Math.max(1, (64 - Long.numberOfLeadingZeros(batch - 1) + 1) / 2);
        this.annealing = h.annealLr() ? new LinearSchedule(h.learningRate(), 0, 1, numIterations) : null;
        this.keys = new SplittableRandom(seed);
        this.kernels = CudaKernels.get();
        this.reductions = new CudaReductions(2);
        this.env = new DeviceVectorEnv(kind, numEnvs);
        this.actor = network(kind.numActions(), 0.01, seed);
        this.critic = network(1, 1.0, seed + 1);
        this.adam = Optimizers.adam(
                List.of(actor, critic), h.learningRate(), 0.9, 0.999, h.adamEps(), h.weightDecay(), h.maxGradNorm());
        this.rollout = new Rollout();
        this.mb = new Minibatch();
        env.reset(seed, rollout.obs, 0);
        kernels.launch(
                "seed_streams",
                numEnvs,
                new KernelArgs().ptr(rollout.streams).i32(numEnvs).i64(~seed));
    }

    private static void check(DeviceEnvKind kind, PpoHyperparameters h, int numEnvs, long totalTimesteps) {
        if (!kind.discrete()) {
            throw new IllegalArgumentException("env " + kind.id() + " has continuous actions: the device-resident PPO"
                    + " expects a discrete-action env (CartPole-v1, Acrobot-v1, MountainCar-v0); train "
                    + kind.id() + " with the host PPO and engine=cuda");
        }
        if (numEnvs <= 0) {
            throw new IllegalArgumentException("num_envs=" + numEnvs + ": expected > 0");
        }
        long batch = (long) h.numSteps() * numEnvs;
        if (h.numMinibatches() <= 0
                || batch > Integer.MAX_VALUE
                || batch % h.numMinibatches() != 0
                || batch / h.numMinibatches() < 2) {
            throw new IllegalArgumentException("num_steps=" + h.numSteps() + " × num_envs=" + numEnvs + " = " + batch
                    + ": expected a batch below 2^31 that num_minibatches=" + h.numMinibatches()
                    + " divides into minibatches of at least 2");
        }
        if (totalTimesteps < batch) {
            throw new IllegalArgumentException("total_timesteps=" + totalTimesteps + ": expected at least one batch of "
                    + batch + " (num_steps × num_envs)");
        }
        if (h.normalizeObs() || h.normalizeReward()) {
            throw new IllegalArgumentException("normalize_obs=" + h.normalizeObs() + ", normalize_reward="
                    + h.normalizeReward() + ": the device-resident PPO expects both false");
        }
    }

    private CudaMlp network(int outputs, double outputGain, long networkSeed) {
        MlpSpec spec = new MlpSpec(
                kind.obsDim(),
                h.hiddenSizes(),
                outputs,
                h.activation(),
                LayerInit.orthogonal(Networks.HIDDEN_GAIN),
                LayerInit.orthogonal(outputGain));
        return (CudaMlp) Networks.mlp(spec, Engine.CUDA, networkSeed);
    }

    /** The number of iterations (rollout and update) of the run. */
    public int numIterations() {
        return numIterations;
    }

    /** The env steps of one iteration: num_steps × num_envs. */
    public int batchSize() {
        return batch;
    }

    /** The actor, for evaluation (its parameters live on the device). */
    public Mlp actor() {
        return actor;
    }

    /** Runs the next iteration: a rollout of num_steps on every env, GAE, and the epochs of minibatch updates. */
    public Iteration iterate() {
        if (iteration >= numIterations) {
            throw new IllegalStateException("iteration " + (iteration + 1) + ": the run has " + numIterations);
        }
        iteration++;
        long start = System.nanoTime();
        CudaContext context = CudaContext.get();
        double lr = annealing == null ? h.learningRate() : annealing.value(iteration - 1);
        adam.setLearningRate(lr);
        collect();
        estimateAdvantages();
        context.synchronize();
        long rolloutNanos = System.nanoTime() - start;
        double[] gradNorms = new double[h.updateEpochs() * h.numMinibatches()];
        int epochs = update(gradNorms);
        double[] sums = new double[EPISODE_SUMS + epochs * h.numMinibatches() * TERMS];
        rollout.sums.download(sums, sums.length);
        return Iteration.of(
                iteration,
                (long) iteration * batch,
                lr,
                epochs,
                minibatch,
                sums,
                gradNorms,
                rolloutNanos,
                System.nanoTime() - start);
    }

    private void collect() {
        long obsRow = (long) numEnvs * kind.obsDim();
        if (iteration > 1) {
            rollout.obs.copyFrom(rollout.obs, numSteps * obsRow, 0, obsRow);
        }
        for (int t = 0; t < numSteps; t++) {
            long row = (long) t * numEnvs;
            DeviceBuffer logits = actor.forward(rollout.obs, row, numEnvs);
            kernels.launch(
                    "sample_with_streams",
                    numEnvs,
                    new KernelArgs()
                            .ptr(logits)
                            .ptr(rollout.streams)
                            .ptr(rollout.actions.elementAddress(row))
                            .ptr(rollout.logProbs.elementAddress(row))
                            .i32(numEnvs)
                            .i32(kind.numActions()));
            rollout.values.copyFrom(critic.forward(rollout.obs, row, numEnvs), 0, row, numEnvs);
            env.step(rollout.actions, rollout.obs, t + 1, rollout.finalObs, rollout.outcomes, t);
        }
    }

    private void estimateAdvantages() {
        rollout.nextValues.copyFrom(critic.forward(rollout.obs, (long) numSteps * numEnvs, numEnvs), 0, 0, numEnvs);
        if (rollout.finalObs != null) {
            for (int t = 0; t < numSteps; t++) {
                long row = (long) t * numEnvs;
                rollout.finalValues.copyFrom(critic.forward(rollout.finalObs, row, numEnvs), 0, row, numEnvs);
            }
        }
        DeviceVectorEnv.StepOutcomes o = rollout.outcomes;
        kernels.launch(
                "gae",
                numEnvs,
                new KernelArgs()
                        .ptr(o.rewards)
                        .ptr(rollout.values)
                        .ptr(o.terminated)
                        .ptr(o.truncated)
                        .ptr(rollout.finalObs == null ? 0 : rollout.finalValues.address())
                        .ptr(rollout.nextValues)
                        .ptr(rollout.advantages)
                        .ptr(rollout.returns)
                        .i32(numSteps)
                        .i32(numEnvs)
                        .f64(h.gamma())
                        .f64(h.gaeLambda())
                        .i32(h.truncation().ordinal()));
        reductions.sumInto(o.ended, 0, batch, rollout.sums, 0);
        reductions.sumInto(o.endedReturns, 0, batch, rollout.sums, 1);
        reductions.sumInto(o.endedLengths, 0, batch, rollout.sums, 2);
    }

    /** The epochs of minibatch steps; returns the number of epochs run (fewer after a target-KL stop). */
    private int update(double[] gradNorms) {
        int numMinibatches = h.numMinibatches();
        for (int epoch = 0; epoch < h.updateEpochs(); epoch++) {
            long key = keys.nextLong();
            for (int b = 0; b < numMinibatches; b++) {
                int slot = epoch * numMinibatches + b;
                gradNorms[slot] = minibatchStep(key, (long) b * minibatch, slot);
            }
            if (h.targetKl() > 0 && lastApproxKl(epoch * numMinibatches + numMinibatches - 1) > h.targetKl()) {
                return epoch + 1;
            }
        }
        return h.updateEpochs();
    }

    private double minibatchStep(long key, long start, int slot) {
        Minibatch m = mb;
        kernels.launch(
                "gather_minibatch",
                minibatch,
                new KernelArgs()
                        .ptr(rollout.obs)
                        .ptr(rollout.actions)
                        .ptr(rollout.logProbs)
                        .ptr(rollout.advantages)
                        .ptr(rollout.returns)
                        .ptr(rollout.values)
                        .i32(kind.obsDim())
                        .i64(batch)
                        .i32(halfBits)
                        .i64(key)
                        .i64(start)
                        .i32(minibatch)
                        .ptr(m.obs)
                        .ptr(m.actions)
                        .ptr(m.logProbs)
                        .ptr(m.advantages)
                        .ptr(m.returns)
                        .ptr(m.values));
        if (h.normalizeAdvantages()) {
            kernels.launch(
                    "mean_std",
                    1,
                    1,
                    CudaKernels.BLOCK,
                    1,
                    new KernelArgs().ptr(m.advantages).i32(minibatch).ptr(m.advantageStats));
        }
        DeviceBuffer logits = actor.forwardTrain(m.obs, 0, minibatch);
        kernels.launch(
                "ppo_categorical_loss",
                minibatch,
                new KernelArgs()
                        .ptr(logits)
                        .ptr(m.actions)
                        .ptr(m.logProbs)
                        .ptr(m.advantages)
                        .ptr(h.normalizeAdvantages() ? m.advantageStats.address() : 0)
                        .i32(minibatch)
                        .i32(kind.numActions())
                        .f64(h.clipCoef())
                        .f64(h.entCoef())
                        .ptr(m.dLogits)
                        .ptr(m.terms));
        DeviceBuffer values = critic.forwardTrain(m.obs, 0, minibatch);
        kernels.launch(
                "ppo_value_loss",
                minibatch,
                new KernelArgs()
                        .ptr(values)
                        .ptr(m.values)
                        .ptr(m.returns)
                        .i32(minibatch)
                        .f64(h.clipCoef())
                        .i32(h.clipValueLoss() ? 1 : 0)
                        .f64(h.valueLossHalf() ? 0.5 : 1.0)
                        .f64(h.vfCoef())
                        .ptr(m.dValues)
                        .ptr(m.terms.elementAddress(4L * minibatch)));
        actor.zeroGrad();
        critic.zeroGrad();
        actor.backward(m.dLogits, minibatch);
        critic.backward(m.dValues, minibatch);
        double gradNorm = adam.step();
        for (int k = 0; k < TERMS; k++) {
            reductions.sumInto(m.terms, (long) k * minibatch, minibatch, rollout.sums, EPISODE_SUMS + slot * TERMS + k);
        }
        return gradNorm;
    }

    private double lastApproxKl(int slot) {
        double[] sums = new double[EPISODE_SUMS + (slot + 1) * TERMS];
        rollout.sums.download(sums, sums.length);
        return sums[EPISODE_SUMS + slot * TERMS + 2] / minibatch;
    }

    @Override
    public void close() {
        rollout.close();
        mb.close();
        env.close();
        reductions.close();
        actor.release();
        critic.release();
    }

    /**
     * One iteration's diagnostics, CleanRL's names: means over its minibatches of the policy loss (minus the
     * surrogate), the value loss, the entropy, approx-KL, the clip fraction and the gradient norm before
     * clipping; the episodes that ended during its rollout with their mean return and length (NaN if none).
     *
     * @param iteration    1-based
     * @param globalStep   env steps so far
     * @param learningRate the iteration's (annealed) learning rate
     * @param epochs       epochs run (fewer than update_epochs after a target-KL stop)
     * @param rolloutSeconds wall time of the rollout and GAE (the device synchronised after them)
     * @param seconds      wall time of the whole iteration
     */
    public record Iteration(
            int iteration,
            long globalStep,
            double learningRate,
            int epochs,
            int episodes,
            double meanReturn,
            double meanLength,
            double policyLoss,
            double valueLoss,
            double entropy,
            double approxKl,
            double clipFraction,
            double gradNorm,
            double rolloutSeconds,
            double seconds) {

        static Iteration of(
                int iteration,
                long globalStep,
                double lr,
                int epochs,
                int minibatch,
                double[] sums,
                double[] gradNorms,
                long rolloutNanos,
                long nanos) {
            int minibatches = (sums.length - EPISODE_SUMS) / TERMS;
            double[] means = new double[TERMS];
            for (int s = 0; s < minibatches; s++) {
                for (int k = 0; k < TERMS; k++) {
                    means[k] += sums[EPISODE_SUMS + s * TERMS + k] / minibatch / minibatches;
                }
            }
            double gradNorm = 0;
            for (int s = 0; s < minibatches; s++) {
                gradNorm += gradNorms[s] / minibatches;
            }
            double episodes = sums[0];
            return new Iteration(
                    iteration,
                    globalStep,
                    lr,
                    epochs,
                    (int) episodes,
                    sums[1] / episodes,
                    sums[2] / episodes,
                    -means[0],
                    means[4],
                    means[1],
                    means[2],
                    means[3],
                    gradNorm,
                    rolloutNanos / 1e9,
                    nanos / 1e9);
        }
    }

    /** The rollout's device buffers: rows t = 0 .. num_steps - 1 of N envs (observations: one row more). */
    private final class Rollout implements AutoCloseable {
        final DeviceBuffer obs = DeviceBuffer.floats((long) (numSteps + 1) * numEnvs * kind.obsDim());
        final DeviceBuffer finalObs = h.truncation() == TruncationMode.BOOTSTRAP_FINAL_OBS
                ? DeviceBuffer.floats((long) batch * kind.obsDim())
                : null;
        final DeviceBuffer finalValues = DeviceBuffer.floats(batch);
        final DeviceBuffer actions = DeviceBuffer.ints(batch);
        final DeviceBuffer logProbs = DeviceBuffer.floats(batch);
        final DeviceBuffer values = DeviceBuffer.floats(batch);
        final DeviceBuffer nextValues = DeviceBuffer.floats(numEnvs);
        final DeviceBuffer advantages = DeviceBuffer.floats(batch);
        final DeviceBuffer returns = DeviceBuffer.floats(batch);
        final DeviceBuffer streams = DeviceBuffer.longs(numEnvs);
        final DeviceVectorEnv.StepOutcomes outcomes = new DeviceVectorEnv.StepOutcomes(numSteps, numEnvs);
        /** The rollout's {@link #EPISODE_SUMS}, then per minibatch the {@link #TERMS} diagnostics' sums. */
        final DeviceBuffer sums =
                DeviceBuffer.doubles(EPISODE_SUMS + (long) h.updateEpochs() * h.numMinibatches() * TERMS);

        @Override
        public void close() {
            for (DeviceBuffer b : List.of(
                    obs, finalValues, actions, logProbs, values, nextValues, advantages, returns, streams, sums)) {
                b.close();
            }
            if (finalObs != null) {
                finalObs.close();
            }
            outcomes.close();
        }
    }

    /** One minibatch's device buffers: gathered rows, advantage statistics, loss gradients and terms. */
    private final class Minibatch implements AutoCloseable {
        final DeviceBuffer obs = DeviceBuffer.floats((long) minibatch * kind.obsDim());
        final DeviceBuffer actions = DeviceBuffer.ints(minibatch);
        final DeviceBuffer logProbs = DeviceBuffer.floats(minibatch);
        final DeviceBuffer advantages = DeviceBuffer.floats(minibatch);
        final DeviceBuffer returns = DeviceBuffer.floats(minibatch);
        final DeviceBuffer values = DeviceBuffer.floats(minibatch);
        final DeviceBuffer advantageStats = DeviceBuffer.doubles(2);
        final DeviceBuffer dLogits = DeviceBuffer.floats((long) minibatch * kind.numActions());
        final DeviceBuffer dValues = DeviceBuffer.floats(minibatch);
        final DeviceBuffer terms = DeviceBuffer.doubles((long) TERMS * minibatch);

        @Override
        public void close() {
            for (DeviceBuffer b : List.of(
                    obs, actions, logProbs, advantages, returns, values, advantageStats, dLogits, dValues, terms)) {
                b.close();
            }
        }
    }
}
