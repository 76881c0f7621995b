package org.vecrl.core.env;

import java.util.Map;

/**
 * What {@link Env#step} returns.
 *
 * @param obs        the observation after the action
 * @param reward     the reward for the transition
 * @param terminated the MDP reached a terminal state (do not bootstrap)
 * @param truncated  the episode was cut short, e.g. by a time limit (bootstrap from {@code obs})
 * @param info       auxiliary diagnostics
 */
public record Step<O>(O obs, double reward, boolean terminated, boolean truncated, Map<String, Object> info) {

    public Step(O obs, double reward, boolean terminated, boolean truncated) {
        this(obs, reward, terminated, truncated, Map.of());
    }

    /** {@code terminated || truncated}. */
    public boolean done() {
        return terminated || truncated;
    }
}
