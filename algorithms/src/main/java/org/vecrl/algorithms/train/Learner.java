package org.vecrl.algorithms.train;

import java.util.List;
import org.vecrl.nn.Checkpoint;

/**
 * The mutable state of one algorithm inside one {@link TrainingRun}: networks, optimizer, buffers
 * and generators. The run calls {@link #iterate} while the next iteration fits in the run's total
 * number of environment steps. A learner reads the current observations from the environment at
 * the start of each iteration rather than carry them over, and keeps every generator it draws from
 * in its checkpoint state, so that a resumed run repeats the uninterrupted one exactly.
 */
public interface Learner extends AutoCloseable {

    /** Names of the values this learner records (losses, epsilon, learning rate...), in log order. */
    List<String> metricNames();

    /**
     * Advances training by one unit of work (DQN: {@code train_frequency} environment steps and a
     * gradient step; PPO: a rollout and its update) and records its metrics into {@code metrics}.
     */
    void iterate(Metrics metrics);

    /** Environment steps (summed over sub-envs) that the next {@link #iterate} will take. */
    long nextIterationSteps();

    /** Writes everything needed to continue training (and the policy), generator states included, into {@code out}. */
    void save(Checkpoint out);

    /** Restores what {@link #save} wrote. */
    void restore(Checkpoint in);

    /** The current acting policy (a view on the live networks). */
    Policy policy();

    @Override
    default void close() {}
}
