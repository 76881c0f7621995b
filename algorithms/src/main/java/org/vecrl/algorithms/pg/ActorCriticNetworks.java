package org.vecrl.algorithms.pg;

import java.util.ArrayList;
import java.util.List;

import org.vecrl.algorithms.train.Policy;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Discrete;
import org.vecrl.core.spaces.Space;
import org.vecrl.core.wrappers.RunningMeanStd;
import org.vecrl.nn.Checkpoint;
import org.vecrl.nn.LayerInit;
import org.vecrl.nn.Mlp;
import org.vecrl.nn.MlpSpec;
import org.vecrl.nn.Networks;

/**
 * The separate actor and critic MLPs (tanh for PPO/A2C, CleanRL init: orthogonal √2 hidden, 0.01 actor
 * output, 1.0 critic output, zero biases), the policy head on top of the actor, and the optional
 * observation normaliser, with their checkpoint entries. The actor is drawn with {@code seed}, the
 * critic with {@code seed + 1}, the Gaussian log-std with {@code seed + 2}.
 */
record ActorCriticNetworks(Mlp actor, Mlp critic, PolicyHead head, ObservationNormalizer obsNorm) {

    /** Builds the networks for the given spaces, with a head sized for {@code numEnvs} rows. */
    static ActorCriticNetworks create(OnPolicyHyperparameters s, Space<?> observationSpace, Space<?> actionSpace,
                                      int numEnvs, long seed) {
        int obsDim = observationSpace.flatDim();
        PolicyHead head = head(s, actionSpace, numEnvs, seed);
        MlpSpec actorSpec = new MlpSpec(obsDim, s.hiddenSizes(), head.actorOutputs(), s.activation(),
                LayerInit.orthogonal(Networks.HIDDEN_GAIN), LayerInit.orthogonal(0.01));
        MlpSpec criticSpec = new MlpSpec(obsDim, s.hiddenSizes(), 1, s.activation(),
                LayerInit.orthogonal(Networks.HIDDEN_GAIN), LayerInit.orthogonal(1.0));
        return new ActorCriticNetworks(Networks.mlp(actorSpec, s.engine(), seed),
                Networks.mlp(criticSpec, s.engine(), seed + 1), head,
                s.normalizeObs() ? new ObservationNormalizer(obsDim) : null);
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

    /** Copies or normalises {@code rows} raw observations into {@code out} (updating the statistics if asked). */
    void observe(float[] raw, int rows, float[] out, boolean update) {
        if (obsNorm == null) {
            if (raw != out) {
                System.arraycopy(raw, 0, out, 0, rows * actor.spec().inputSize());
            }
        } else if (update) {
            obsNorm.updateAndNormalize(raw, rows, out);
        } else {
            obsNorm.normalize(raw, rows, out);
        }
    }

    /** A policy over these live networks (one observation at a time). */
    Policy policy() {
        PolicyHead single = head.resized(1);
        float[] in = new float[actor.spec().inputSize()];
        float[] out = new float[head.actorOutputs()];
        float[] logProb = new float[1];
        return (o, deterministic, rng) -> {
            observe(o, 1, in, false);
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
        if (obsNorm != null) {
            out.putDoubles("obs_norm.stats", obsNorm.stats().state().toArray());
        }
    }

    void restore(Checkpoint in) {
        List<Mlp> nets = parameterNetworks();
        List<String> names = networkNames();
        for (int i = 0; i < nets.size(); i++) {
            in.loadNetwork(names.get(i), nets.get(i));
        }
        if (obsNorm != null) {
            obsNorm.stats().restore(RunningMeanStd.State.fromArray(in.getDoubles("obs_norm.stats")));
        }
    }
}
