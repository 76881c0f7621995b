package org.vecrl.algorithms.train;

import java.util.List;

import org.vecrl.nn.Checkpoint;

/**
 * The mutable state of one algorithm inside one {@link TrainingRun}: networks, optimizer, buffers
 * and generators. The run calls {@link #iterate} until the environment has taken the run's total
 * number of steps. Between iterations (at checkpoints) the run may reset the environment and call
 * {@link #reseed}; a learner must therefore read the current observations from the environment at
 * the start of each iteration rather than carry them over.
 */
public interface Learner extends AutoCloseable {

    /** Names of the values this learner records (losses, epsilon, learning rate...), in log order. */
    List<String> metricNames();

    /**
     * Advances training by one unit of work (DQN: {@code train_frequency} environment steps and a
     * gradient step; PPO: a rollout and its update) and records its metrics into {@code metrics}.
     */
    void iterate(Metrics metrics);

    /**
     * Replaces every generator the learner draws from by one derived from {@code seed}. The run calls
     * this at each checkpoint boundary, in uninterrupted and resumed runs alike, which is what makes a
     * resumed run repeat the uninterrupted one exactly.
     */
    void reseed(long seed);

    /** Writes everything needed to continue training (and the policy) into {@code out}. */
    void save(Checkpoint out);

    /** Restores what {@link #save} wrote. */
    void restore(Checkpoint in);

    /** The current acting policy (a view on the live networks). */
    Policy policy();

    @Override
    default void close() {}
}
