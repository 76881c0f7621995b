package org.vecrl.algorithms.train;

import org.vecrl.core.spaces.Space;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.nn.Checkpoint;

/**
 * A deep-RL algorithm that {@link TrainingRun} can drive: it names its hyperparameter record (a
 * Java record whose defaults come from {@link #defaults()}), builds a
 * {@link Learner} for a run and rebuilds a {@link Policy} from a checkpoint for evaluation.
 * Implementations are found by name through {@link Algorithms} (a {@code java.util.ServiceLoader}
 * service: add the class name to {@code META-INF/services/org.vecrl.algorithms.train.Algorithm}).
 *
 * @param <H> the hyperparameter record
 */
public interface Algorithm<H extends Record> {

    /** The registry name, lowercase ({@code "dqn"}, {@code "ppo"}). */
    String name();

    /** The hyperparameter record type; its components are the config keys (in snake_case). */
    Class<H> hyperparametersType();

    /**
     * The hyperparameters used when no preset, file or override sets a key: by default the record's
     * {@link Default @Default} annotations, through {@link Defaults#of(Class)}.
     */
    default H defaults() {
        return Defaults.of(hyperparametersType());
    }

    /**
     * Builds the learner of one run. The environment is already reset with the run's seed; the
     * learner seeds its networks and generators from {@code run.seed()}.
     */
    Learner createLearner(RunSettings run, H hyperparameters, VectorEnv env);

    /**
     * A rough lower bound of the bytes of the learner's big arrays (rollout or replay buffers) for
     * a flat observation of {@code obsDim} floats, so that {@link MemoryBudget} can refuse sizes
     * that cannot fit before anything is allocated; 0 when the learner has no such buffer.
     */
    default double bufferBytes(RunSettings run, H hyperparameters, int obsDim) {
        return 0;
    }

    /** Rebuilds the acting policy stored in a checkpoint written by this algorithm's learner. */
    Policy loadPolicy(H hyperparameters, Space<?> observationSpace, Space<?> actionSpace, Checkpoint checkpoint);
}
