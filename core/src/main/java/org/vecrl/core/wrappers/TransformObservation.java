package org.vecrl.core.wrappers;

import java.util.function.Function;
import org.vecrl.core.env.Env;
import org.vecrl.core.spaces.Space;

/**
 * Applies a function to every observation, as Gymnasium's {@code TransformObservation}; the caller
 * gives the observation space of the results.
 */
public final class TransformObservation<O, A, I> extends ObservationWrapper<O, A, I> {
    private final Function<? super I, ? extends O> fn;

    public TransformObservation(Env<I, A> env, Function<? super I, ? extends O> fn, Space<O> observationSpace) {
        super(env, observationSpace);
        if (fn == null) {
            throw new IllegalArgumentException("TransformObservation of " + env + ": function is null");
        }
        this.fn = fn;
    }

    @Override
    protected O observation(I obs) {
        return fn.apply(obs);
    }
}
