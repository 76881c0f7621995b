package org.vecrl.algorithms.tabular;

/**
 * One transition seen by a tabular agent.
 *
 * @param obs    the state acted in
 * @param act    the action taken
 * @param reward the reward received
 * @param newObs the next state
 * @param newAct     the action chosen in {@code newObs} (SARSA), or −1 when none was chosen yet
 * @param terminated whether {@code newObs} is terminal (its value is 0: TD targets are {@code r} alone)
 */
public record Experience(int obs, int act, double reward, int newObs, int newAct, boolean terminated) {

    /** A non-terminal experience with a next action. */
    public Experience(int obs, int act, double reward, int newObs, int newAct) {
        this(obs, act, reward, newObs, newAct, false);
    }

    /** A non-terminal experience without a next action. */
    public Experience(int obs, int act, double reward, int newObs) {
        this(obs, act, reward, newObs, -1, false);
    }
}
