package org.vecrl.core.envs.tabular;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A finite MDP given by its dynamics: the outcomes of every state-action pair, the start state and
 * the terminal states. Dynamic programming reads it; {@link TabularEnv} samples it.
 */
public interface TabularModel {

    /** The number of states S (states are 0 … S−1). */
    int numStates();

    /** The number of actions A (actions are 0 … A−1). */
    int numActions();

    /**
     * The outcomes of taking {@code action} in {@code state}; their probabilities sum to 1 and the
     * same next state may appear more than once. An episode never steps from a terminal state, so
     * most models make them absorbing (one outcome back to themselves with reward 0); a model that
     * copies another library's table (Taxi) may list other outcomes there.
     */
    List<Transition> transitions(int state, int action);

    /** The probability of starting in each state (length S, sums to 1). */
    double[] initialDistribution();

    /** The terminal states (an episode ends on entering one). */
    Set<Integer> terminalStates();

    /** Whether {@code state} is terminal. */
    default boolean isTerminal(int state) {
        return terminalStates().contains(state);
    }

    /**
     * The state every episode starts in.
     *
     * @throws IllegalStateException if the model starts in a random state
     */
    default int startState() {
        double[] initial = initialDistribution();
        for (int s = 0; s < initial.length; s++) {
            if (initial[s] == 1.0) {
                return s;
            }
        }
        throw new IllegalStateException(this + " starts in a random state: use initialDistribution()");
    }

    /**
     * {@code T[s][a][s']}: the probability of moving from s to s' under a (a fresh copy). Terminal
     * states are absorbing here whatever {@link #transitions} lists for them, as an episode sees them.
     */
    double[][][] transitionTensor();

    /** {@code R[s][a][s']} combined as {@code mode} says; 0 where {@code T[s][a][s'] = 0} (a fresh copy). */
    double[][][] rewardTensor(RewardMode mode);

    /** {@code rewardTensor(RewardMode.MEAN)}. */
    default double[][][] rewardTensor() {
        return rewardTensor(RewardMode.MEAN);
    }

    /** Short names of the actions, for printing policies (direction names on a grid, else the numbers). */
    default List<String> actionNames() {
        return grid().map(g -> g.actionDirections().stream()
                        .map(d -> d.name().toLowerCase(Locale.ROOT))
                        .toList())
                .orElseGet(() -> IntStream.range(0, numActions())
                        .mapToObj(Integer::toString)
                        .toList());
    }

    /** The grid the states lie on, for models whose states are the cells of a grid. */
    default Optional<GridLayout> grid() {
        return Optional.empty();
    }
}
