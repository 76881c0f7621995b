package org.vecrl.algorithms.pg;

import java.util.ArrayList;
import java.util.List;
import org.vecrl.algorithms.train.Policy;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Discrete;
import org.vecrl.core.spaces.Space;
import org.vecrl.core.wrappers.RunningNormalizer;
import org.vecrl.nn.Checkpoint;
import org.vecrl.nn.Engine;
import org.vecrl.nn.LayerInit;
import org.vecrl.nn.Mlp;
import org.vecrl.nn.MlpSpec;
import org.vecrl.nn.Networks;
import org.vecrl.nn.simd.Parallel;

/**
 * The separate actor and critic MLPs (tanh for PPO/A2C, CleanRL init: orthogonal √2 hidden, 0.01 actor
 * output, 1.0 critic output, zero biases), the policy head on top of the actor, and the optional
 * observation statistics, with their checkpoint entries. The learner's env normalises observations
 * with those statistics ({@link org.vecrl.core.wrappers.vector.NormalizeObservation}, CleanRL's
 * clip to ±{@link #OBS_CLIP}); {@link #policy()} normalises single observations with them without
 * updating them. The actor is drawn with {@code seed}, the critic with {@code seed + 1}, the
 * Gaussian log-std with {@code seed + 2}.
 */
record ActorCriticNetworks(Mlp actor, Mlp critic, PolicyHead head, RunningNormalizer obsNorm) {
    /** CleanRL's clip of normalised observations. */
    static final double OBS_CLIP = 10;
    /** Checkpoint prefix of the observation statistics (saved by the learner's env wrapper). */
    static final String OBS_NORM = "obs_norm.";

    /** Builds the networks for the given spaces, with a head sized for {@code numEnvs} rows. */
    static ActorCriticNetworks create(
            OnPolicyHyperparameters s, Space<?> observationSpace, Space<?> actionSpace, int numEnvs, long seed) {
        int obsDim = observationSpace.flatDim();
        PolicyHead head = head(s, actionSpace, numEnvs, seed);
        MlpSpec actorSpec = new MlpSpec(
                obsDim,
                s.hiddenSizes(),
                head.actorOutputs(),
                s.activation(),
                LayerInit.orthogonal(Networks.HIDDEN_GAIN),
                LayerInit.orthogonal(0.01));
        MlpSpec criticSpec = new MlpSpec(
                obsDim,
                s.hiddenSizes(),
                1,
                s.activation(),
                LayerInit.orthogonal(Networks.HIDDEN_GAIN),
                LayerInit.orthogonal(1.0));
        return new ActorCriticNetworks(
                Networks.mlp(actorSpec, s.engine(), seed),
                Networks.mlp(criticSpec, s.engine(), seed + 1),
                head,
                s.normalizeObs() ? new RunningNormalizer(obsDim, 1e-8) : null);
    }

    private static PolicyHead head(OnPolicyHyperparameters s, Space<?> actionSpace, int numEnvs, long seed) {
        if (actionSpace instanceof Discrete d) {
            if (d.start() != 0) {
                throw new IllegalArgumentException("action space " + d + ": the categorical policy expects start 0");
            }
            return new CategoricalHead(d.n(), numEnvs);
        }
        if (actionSpace instanceof Box b) {
            if (b.shape().length != 1) {
                throw new IllegalArgumentException("action space " + b + ": the Gaussian policy expects a 1-D Box");
            }
            return new GaussianHead(b, numEnvs, s.logStdInit(), s.engine(), seed + 2);
        }
        throw new IllegalArgumentException("action space " + actionSpace + ": expected Discrete or Box");
    }

    /** The networks the optimizer updates. */
    /**
     * Rows from which the actor's and the critic's work on a batch runs on two threads: below it (CleanRL's
     * 128-row minibatches of 4 envs, DQN's batches of 128), the hand-over costs about what it saves (measured:
     * no gain at 128 rows, 1.4× at 64 envs and 1.9× at 1024 envs, whole PPO runs).
     */
    static final int CONCURRENT_ROWS = 256;

    /**
     * Runs {@code actorWork} and {@code criticWork} (each touching only its own network), on two threads at
     * once ({@link Parallel}) when both networks are on the SIMD engine and the batch has at least {@link
     * #CONCURRENT_ROWS} rows; the networks share no parameters or scratch, so the results are the same either way.
     */
    void concurrently(int rows, Runnable actorWork, Runnable criticWork) {
        if (twoThreads(rows)) {
            Parallel.forEach(2, t -> (t == 0 ? actorWork : criticWork).run());
        } else {
            actorWork.run();
            criticWork.run();
        }
    }

    /**
     * The actor's and the critic's inference forward on the same {@code rows} observations: on two threads as
     * {@link #concurrently}, else through {@link Mlp#forwardWith} (on the CUDA engine one copy of the
     * observations to the device and one copy of both outputs back).
     */
    void forwardBoth(float[] obs, int rows, float[] actorOut, float[] values) {
        if (twoThreads(rows)) {
            concurrently(rows, () -> actor.forward(obs, rows, actorOut), () -> critic.forward(obs, rows, values));
        } else {
            actor.forwardWith(critic, obs, rows, actorOut, values);
        }
    }

    private boolean twoThreads(int rows) {
        return rows >= CONCURRENT_ROWS && actor.engine() == Engine.SIMD && critic.engine() == Engine.SIMD;
    }

    List<Mlp> parameterNetworks() {
        List<Mlp> all = new ArrayList<>(List.of(actor, critic));
        all.addAll(head.extraNetworks());
        return all;
    }

    void zeroGrad() {
        for (Mlp net : parameterNetworks()) {
            net.zeroGrad();
        }
    }

    /** A policy over these live networks (one observation at a time). */
    Policy policy() {
        PolicyHead single = head.resized(1);
        float[] in = new float[actor.spec().inputSize()];
        float[] out = new float[head.actorOutputs()];
        float[] logProb = new float[1];
        return (o, deterministic, rng) -> {
            if (obsNorm == null) {
                System.arraycopy(o, 0, in, 0, in.length);
            } else {
                obsNorm.normalize(o, 1, OBS_CLIP, in);
            }
            actor.forward(in, 1, out);
            single.sample(out, 1, rng, deterministic, logProb);
            return single.action(0);
        };
    }

    /** Checkpoint names of {@link #parameterNetworks()}, in order. */
    private List<String> networkNames() {
        List<String> names = new ArrayList<>(List.of("actor", "critic"));
        if (!head.extraNetworks().isEmpty()) {
            names.add("log_std");
        }
        return names;
    }

    void save(Checkpoint out) {
        List<Mlp> nets = parameterNetworks();
        List<String> names = networkNames();
        for (int i = 0; i < nets.size(); i++) {
            out.putNetwork(names.get(i), nets.get(i));
        }
    }

    void restore(Checkpoint in) {
        List<Mlp> nets = parameterNetworks();
        List<String> names = networkNames();
        for (int i = 0; i < nets.size(); i++) {
            in.loadNetwork(names.get(i), nets.get(i));
        }
    }

    /** Restores the networks and the observation statistics: the policy of a checkpoint. */
    void restorePolicy(Checkpoint in) {
        restore(in);
        if (obsNorm != null) {
            obsNorm.restoreState(in, OBS_NORM);
        }
    }
}
