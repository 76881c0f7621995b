package org.vecrl.core.vector;

import java.util.Map;
import org.vecrl.core.spaces.Space;

/**
 * N copies of one environment stepped as a batch through primitive arrays. Observations are
 * flattened float32 rows: {@code observations()[i * obsDim() + k]} is element k of sub-env i.
 * The arrays returned by the accessors belong to the vector env and are overwritten by the next
 * {@code reset}/{@code step}; copy what must outlive a step. Sub-env i is seeded {@code seed + i}.
 */
public interface VectorEnv extends AutoCloseable {

    /** Number of sub-environments N. */
    int numEnvs();

    /** The observation space of one sub-environment. */
    Space<?> singleObservationSpace();

    /** The action space of one sub-environment. */
    Space<?> singleActionSpace();

    /** Length of one flattened observation. */
    int obsDim();

    /** Length of one flattened continuous action (1 for discrete actions). */
    int actionDim();

    /** The autoreset mode. */
    AutoresetMode autoresetMode();

    /** Resets every sub-env (sub-env i with {@code seed + i} when {@code seed} is non-null). */
    void reset(Long seed);

    /** Steps with one discrete action per sub-env. */
    void step(int[] actions);

    /** Steps with {@code actionDim()} continuous values per sub-env, row-major. */
    void step(float[] actions);

    /** Current observations, {@code float[N * obsDim]}. */
    float[] observations();

    /** Rewards of the last step, {@code float[N]}. */
    float[] rewards();

    /** Terminated flags of the last step. */
    boolean[] terminated();

    /** Truncated flags of the last step. */
    boolean[] truncated();

    /**
     * In {@link AutoresetMode#SAME_STEP} mode, the true last observation of sub-envs whose episode
     * ended on the last step (rows of other sub-envs are unspecified). In NEXT_STEP mode the
     * observations themselves are the final ones.
     */
    float[] finalObservations();

    /** Info of sub-env i for the last step (for a finished episode in SAME_STEP mode, the reset info). */
    Map<String, Object> info(int i);

    /** Info of sub-env i's final step when its episode ended on the last step, else an empty map. */
    Map<String, Object> finalInfo(int i);

    @Override
    default void close() {}
}
