package org.vecrl.algorithms.pg;

import org.vecrl.core.buffer.RolloutBuffer;
import org.vecrl.core.env.SplitMix64;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.nn.Checkpoint;

/**
 * The rollout half of every on-policy algorithm (SB3's {@code collect_rollouts}): plays
 * {@code num_steps} steps of the N envs with the current policy into a {@link RolloutBuffer}
 * (observations, actions, log-probs, values, rewards, flags) as the env reports them (normalised when
 * the learner wrapped it in the vector normalisation wrappers), stores
 * V(true final observation) for time-limit truncations, and leaves V(observation after the rollout)
 * in {@link #bootstrapValues()} for the advantage estimate. The policy head only samples; this class
 * steps the env and writes the buffer. Everything is allocated once.
 */
final class RolloutCollector {
    private final VectorEnv env;
    private final ActorCriticNetworks nets;
    private final RolloutBuffer buffer;
    private final SplitMix64 actionRng;
    private final int numSteps;
    private final int n;
    private final int obsDim;
    private final float[] obs;
    private final float[] actorOut;
    private final float[] values;
    private final float[] logProbs;
    private final float[] finalObs;
    private final float[] finalValues;

    RolloutCollector(VectorEnv env, ActorCriticNetworks nets, OnPolicyHyperparameters h, SplitMix64 actionRng) {
        this.env = env;
        this.nets = nets;
        this.numSteps = h.numSteps();
        this.n = env.numEnvs();
        this.obsDim = env.obsDim();
        this.buffer = nets.head().newBuffer(numSteps, n, obsDim);
        this.actionRng = actionRng;
        this.obs = new float[n * obsDim];
        this.actorOut = new float[n * nets.head().actorOutputs()];
        this.values = new float[n];
        this.logProbs = new float[n];
        this.finalObs = new float[n * obsDim];
        this.finalValues = new float[n];
    }

    /** The buffer the rollouts fill. */
    RolloutBuffer buffer() {
        return buffer;
    }

    /** Plays {@code num_steps} steps of the N envs into the buffer, then computes {@link #bootstrapValues()}. */
    void collect() {
        buffer.reset();
        PolicyHead head = nets.head();
        for (int t = 0; t < numSteps; t++) {
            System.arraycopy(env.observations(), 0, obs, 0, obs.length);
            nets.forwardBoth(obs, n, actorOut, values);
            head.sample(actorOut, n, actionRng, false, logProbs);
            if (head.envActions() instanceof int[] discrete) {
                env.step(discrete);
            } else {
                env.step((float[]) head.envActions());
            }
            boolean[] term = env.terminated();
            boolean[] trunc = env.truncated();
            float[] rewards = env.rewards();
            if (head.sampledActions() instanceof int[] discrete) {
                buffer.add(obs, discrete, logProbs, values, rewards, term, trunc);
            } else {
                buffer.add(obs, (float[]) head.sampledActions(), logProbs, values, rewards, term, trunc);
            }
            storeFinalValues(term, trunc);
        }
        nets.critic().forward(env.observations(), n, values);
    }

    /** V(observation after the last rollout) per env, {@code float[N]}. */
    float[] bootstrapValues() {
        return values;
    }

    /** Stores V(true final observation) for envs whose episode was truncated (not terminated) on the last step. */
    private void storeFinalValues(boolean[] term, boolean[] trunc) {
        float[] fin = env.finalObservations();
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (trunc[i] && !term[i]) {
                System.arraycopy(fin, i * obsDim, finalObs, k * obsDim, obsDim);
                k++;
            }
        }
        if (k == 0) {
            return;
        }
        nets.critic().forward(finalObs, k, finalValues);
        k = 0;
        for (int i = 0; i < n; i++) {
            if (trunc[i] && !term[i]) {
                buffer.setFinalValue(i, finalValues[k++]);
            }
        }
    }

    /** Writes the action generator's state into {@code out}. */
    void save(Checkpoint out) {
        out.putLong("rollout.action_rng", actionRng.state());
    }

    /** Restores what {@link #save} wrote. */
    void restore(Checkpoint in) {
        actionRng.setState(in.getLong("rollout.action_rng"));
    }
}
