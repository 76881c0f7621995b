package org.vecrl.algorithms.pg;

import org.vecrl.core.buffer.RolloutBuffer;
import org.vecrl.core.env.SplitMix64;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.core.wrappers.RunningMeanStd;
import org.vecrl.nn.Checkpoint;

/**
 * The rollout half of every on-policy algorithm (SB3's {@code collect_rollouts}): plays
 * {@code num_steps} steps of the N envs with the current policy into a {@link RolloutBuffer}
 * (observations, actions, log-probs, values, optionally normalised rewards, flags), stores
 * V(true final observation) for time-limit truncations, and leaves V(observation after the rollout)
 * in {@link #bootstrapValues()} for the advantage estimate. The policy head only samples; this class
 * steps the env and writes the buffer. Everything is allocated once.
 */
final class RolloutCollector {
    private final VectorEnv env;
    private final ActorCriticNetworks nets;
    private final RolloutBuffer buffer;
    private final RewardNormalizer rewardNorm;
    private final SplitMix64 actionRng;
    private final int numSteps;
    private final int n;
    private final int obsDim;
    private final float[] obs;
    private final float[] actorOut;
    private final float[] values;
    private final float[] logProbs;
    private final float[] rewards;
    private final float[] finalObs;
    private final float[] finalValues;

    RolloutCollector(VectorEnv env, ActorCriticNetworks nets, OnPolicyHyperparameters h, SplitMix64 actionRng) {
        this.env = env;
        this.nets = nets;
        this.numSteps = h.numSteps();
        this.n = env.numEnvs();
        this.obsDim = env.obsDim();
        this.buffer = nets.head().newBuffer(numSteps, n, obsDim);
        this.rewardNorm = h.normalizeReward() ? new RewardNormalizer(n, h.gamma()) : null;
        this.actionRng = actionRng;
        this.obs = new float[n * obsDim];
        this.actorOut = new float[n * nets.head().actorOutputs()];
        this.values = new float[n];
        this.logProbs = new float[n];
        this.rewards = new float[n];
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
            nets.observe(env.observations(), n, obs, true);
            nets.actor().forward(obs, n, actorOut);
            nets.critic().forward(obs, n, values);
            head.sample(actorOut, n, actionRng, false, logProbs);
            if (head.envActions() instanceof int[] discrete) {
                env.step(discrete);
            } else {
                env.step((float[]) head.envActions());
            }
            boolean[] term = env.terminated();
            boolean[] trunc = env.truncated();
            if (rewardNorm != null) {
                rewardNorm.normalize(env.rewards(), term, rewards);
            } else {
                System.arraycopy(env.rewards(), 0, rewards, 0, n);
            }
            if (head.sampledActions() instanceof int[] discrete) {
                buffer.add(obs, discrete, logProbs, values, rewards, term, trunc);
            } else {
                buffer.add(obs, (float[]) head.sampledActions(), logProbs, values, rewards, term, trunc);
            }
            storeFinalValues(term, trunc);
        }
        nets.observe(env.observations(), n, obs, false);
        nets.critic().forward(obs, n, values);
    }

    /** V(observation after the last rollout) per env, {@code float[N]}. */
    float[] bootstrapValues() {
        return values;
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

    /** Writes the action generator's state and the reward normaliser into {@code out}. */
    void save(Checkpoint out) {
        out.putLong("rollout.action_rng", actionRng.state());
        if (rewardNorm != null) {
            out.putDoubles("reward_norm.stats", rewardNorm.stats().state().toArray());
            out.putFloats("reward_norm.returns", rewardNorm.returns());
        }
    }

    /** Restores what {@link #save} wrote. */
    void restore(Checkpoint in) {
        actionRng.setState(in.getLong("rollout.action_rng"));
        if (rewardNorm != null) {
            rewardNorm.stats().restore(RunningMeanStd.State.fromArray(in.getDoubles("reward_norm.stats")));
            rewardNorm.restoreReturns(in.getFloats("reward_norm.returns"));
        }
    }
}
