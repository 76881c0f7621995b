package org.vecrl.algorithms.dqn;

import java.util.random.RandomGenerator;
import org.vecrl.core.math.ArgMax;

/**
 * Epsilon-greedy actions for a batch of envs: ONE uniform draw decides for the whole batch;
 * below epsilon every env gets an independent uniformly random action, otherwise every env gets
 * {@code argmax_a Q(obs)} (ties to the lowest index).
 */
public final class EpsilonGreedy {
    private EpsilonGreedy() {}

    /**
     * Fills {@code actions[0..n)} for observations {@code obs[n * obsDim]}; {@code qScratch} holds at
     * least {@code n * numActions} floats.
     */
    public static void actions(
            QFunction q, float[] obs, int n, double epsilon, RandomGenerator rng, int[] actions, float[] qScratch) {
        int numActions = q.numActions();
        if (rng.nextDouble() < epsilon) {
            for (int i = 0; i < n; i++) {
                actions[i] = rng.nextInt(numActions);
            }
            return;
        }
        q.forward(obs, n, qScratch);
        for (int i = 0; i < n; i++) {
            actions[i] = ArgMax.of(qScratch, i * numActions, numActions);
        }
    }
}
