package org.vecrl.algorithms.tabular;

import java.util.Map;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Step;

/**
 * SARSA: {@code Q[s,a] += lr·(r + γ·Q[s',a'] − Q[s,a])} with {@code a'} the action it will take in
 * s'. Its episode loop differs from {@link TabularAgent#runEpisode}: after {@code env.reset(seed)} it
 * picks the first action before {@code reset(seed)} re-seeds the agent (so that action still uses the
 * previous generator state), then each step chooses a' before the update.
 */
public class Sarsa extends EpsilonGreedyAgent {

    public Sarsa(Env<Integer, Integer> env, TabularConfig config, double gamma, long seed) {
        super(env, config, gamma, seed);
    }

    @Override
    public void observe(Experience e) {
        tdUpdate(q, e, q[e.newObs()][e.newAct()]);
    }

    /** {@code r + γ·Q[s',a'] − Q[s,a]}. */
    protected final double tdError(Experience e) {
        return tdError(q, e, q[e.newObs()][e.newAct()]);
    }

    @Override
    public double[] runEpisode(long seed) {
        int state = env.reset(seed, Map.of()).obs();
        int action = getAction(state);
        reset(seed);
        Rewards rewards = new Rewards();
        for (long t = 1; ; t++) {
            Step<Integer> step = env.step(action);
            int nextAction = getAction(step.obs());
            observe(new Experience(state, action, step.reward(), step.obs(), nextAction, step.terminated()));
            rewards.add(step.reward());
            state = step.obs();
            action = nextAction;
            if (episodeEnds(step, t)) {
                break;
            }
        }
        finishEpisode();
        return rewards.toArray();
    }
}
