package org.vecrl.algorithms.bandits;

import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * An agent that acts in an environment without looking at observations (bandits) and learns from the
 * rewards it gets. It owns its generator, re-created by {@link #reset(long)}.
 *
 * @param <A> the action type
 */
public interface Agent<A> {

    /** The next action. */
    A getAction();

    /** Learns from the reward {@code action} earned; {@code info} is the step's info map. No-op by default. */
    default void observe(A action, double reward, Map<String, Object> info) {}

    /** Re-creates the generator from {@code seed} and clears what the agent has learned. */
    void reset(long seed);

    /** The agent's own generator. */
    RandomGenerator rng();

    /** A readable name with the hyperparameters, used in legends and summaries. */
    String name();
}
