package org.vecrl.core.envs.classic;

import java.util.random.RandomGenerator;
import org.vecrl.core.spaces.Space;
import org.vecrl.core.vector.AutoresetMode;
import org.vecrl.core.vector.NativeVectorEnv;

/**
 * Base of the classic-control native vector envs: the N states of one {@link ClassicPhysics} in one
 * {@code double[N * stateDim]}, reset from its default distribution. A subclass steps the state at
 * {@link #stateOffset} with its physics class and ends {@code stepEnv} with {@link #observed}.
 */
abstract class ClassicVectorEnv extends NativeVectorEnv {
    /** The states of all sub-envs, sub-env i's at {@link #stateOffset}(i). */
    protected final double[] states;

    private final ClassicPhysics physics;
    private final ClassicPhysics.Observer observer;
    private final int stateDim;
    private final int obsDim;

    ClassicVectorEnv(
            int numEnvs, ClassicPhysics physics, Space<?> actSpace, Integer maxEpisodeSteps, AutoresetMode mode) {
        super(numEnvs, physics.observationSpace(), actSpace, maxEpisodeSteps, mode);
        this.physics = physics;
        this.observer = physics.observer();
        this.stateDim = physics.stateDim();
        this.obsDim = physics.observationSpace().flatDim();
        this.states = new double[numEnvs * stateDim];
    }

    @Override
    protected final double[] states() {
        return states;
    }

    /** Offset of sub-env i's state in {@link #states}. */
    final int stateOffset(int i) {
        return i * stateDim;
    }

    @Override
    protected final void resetEnv(int i, RandomGenerator rng) {
        physics.resetDefault(states, stateOffset(i), rng);
        observe(i);
    }

    /** Writes sub-env i's observation row from its new state, sets its terminated flag and returns {@code reward}. */
    final double observed(int i, boolean done, double reward) {
        observe(i);
        terminated[i] = done;
        return reward;
    }

    private void observe(int i) {
        observer.observe(states, i * stateDim, obs, i * obsDim);
    }
}
