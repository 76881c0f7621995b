package org.vecrl.algorithms.dqn;

import java.util.random.RandomGenerator;
import org.vecrl.core.buffer.ReplayBuffer;
import org.vecrl.core.schedule.LinearSchedule;
import org.vecrl.core.vector.VectorEnv;

/**
 * The acting half of DQN: acts epsilon-greedily in a vector env (same-step autoreset)
 * and stores every transition in the replay buffer with the TRUE next observation: for a sub-env
 * whose episode just ended, its final observation, not the first observation of the next episode.
 */
public final class DqnAgent {
    private final VectorEnv env;
    private final ReplayBuffer buffer;
    private final QFunction q;
    private final LinearSchedule epsilonSchedule;
    private final float[] obs;
    private final float[] trueNextObs;
    private final int[] actions;
    private final float[] qScratch;
    private final RandomGenerator rng;
    private long step;
    private double epsilon;

    /** An agent that has taken no steps; epsilon starts at the schedule's start. */
    public DqnAgent(
            VectorEnv env, ReplayBuffer buffer, QFunction q, LinearSchedule epsilonSchedule, RandomGenerator rng) {
        this.env = env;
        this.buffer = buffer;
        this.q = q;
        this.epsilonSchedule = epsilonSchedule;
        this.rng = rng;
        this.obs = new float[env.numEnvs() * env.obsDim()];
        this.trueNextObs = new float[env.numEnvs() * env.obsDim()];
        this.actions = new int[env.numEnvs()];
        this.qScratch = new float[env.numEnvs() * q.numActions()];
        this.epsilon = epsilonSchedule.start();
    }

    /**
     * One vector step: epsilon from the schedule at the current step (before it is incremented),
     * epsilon-greedy actions, {@code env.step}, the transition into the buffer, {@code step += numEnvs}.
     */
    public void playStep() {
        int n = env.numEnvs();
        int d = env.obsDim();
        System.arraycopy(env.observations(), 0, obs, 0, obs.length);
        epsilon = epsilonSchedule.value(step);
        EpsilonGreedy.actions(q, obs, n, epsilon, rng, actions, qScratch);
        env.step(actions);
        System.arraycopy(env.observations(), 0, trueNextObs, 0, trueNextObs.length);
        boolean[] term = env.terminated();
        boolean[] trunc = env.truncated();
        float[] finalObs = env.finalObservations();
        for (int i = 0; i < n; i++) {
            if (term[i] || trunc[i]) {
                System.arraycopy(finalObs, i * d, trueNextObs, i * d, d);
            }
        }
        buffer.add(obs, actions, env.rewards(), term, trueNextObs);
        step += n;
    }

    /** Environment steps taken, summed over sub-envs. */
    public long step() {
        return step;
    }

    /** The epsilon used by the last {@link #playStep}. */
    public double epsilon() {
        return epsilon;
    }

    /** The actions of the last {@link #playStep} (owned by the agent). */
    public int[] lastActions() {
        return actions;
    }

    void restoreCounters(long step, double epsilon) {
        this.step = step;
        this.epsilon = epsilon;
    }
}
