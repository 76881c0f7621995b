package org.vecrl.core.envs.tabular;

/**
 * One possible outcome of taking an action in a state of a {@link TabularModel}.
 *
 * @param prob       its probability (the outcomes of one state-action pair sum to 1)
 * @param nextState  the state it leads to
 * @param reward     the reward it gives
 * @param terminated whether the episode ends there
 */
public record Transition(double prob, int nextState, double reward, boolean terminated) {

    public Transition {
        if (!(prob >= 0 && prob <= 1)) {
            throw new IllegalArgumentException("transition probability " + prob + ": expected 0 <= p <= 1");
        }
        if (nextState < 0) {
            throw new IllegalArgumentException("transition next state " + nextState + ": expected >= 0");
        }
        if (!Double.isFinite(reward)) {
            throw new IllegalArgumentException("transition reward " + reward + ": expected a finite number");
        }
    }
}
