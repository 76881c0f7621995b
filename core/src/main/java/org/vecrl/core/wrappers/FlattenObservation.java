package org.vecrl.core.wrappers;

import org.vecrl.core.env.Env;

/**
 * Reports observations in their flat form ({@code float[]}, see
 * {@link org.vecrl.core.spaces.Space#flatten}), with the flat space as observation space, as
 * Gymnasium's {@code FlattenObservation}.
 */
public final class FlattenObservation<A, I> extends ObservationWrapper<float[], A, I> {

    public FlattenObservation(Env<I, A> env) {
        super(env, env.observationSpace().flatSpace());
    }

    @Override
    protected float[] observation(I obs) {
        return env.observationSpace().flatten(obs);
    }
}
