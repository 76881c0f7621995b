package org.vecrl.core.wrappers;

import java.util.Map;
import org.vecrl.core.env.AbstractWrapper;
import org.vecrl.core.env.Env;
import org.vecrl.core.env.Reset;
import org.vecrl.core.env.Step;
import org.vecrl.core.spaces.Space;

/**
 * A wrapper that passes every observation of the wrapped environment through
 * {@link #observation}, possibly changing its type, as Gymnasium's {@code ObservationWrapper}.
 *
 * @param <O> observation type of this wrapper
 * @param <A> action type
 * @param <I> observation type of the wrapped environment
 */
public abstract class ObservationWrapper<O, A, I> extends AbstractWrapper<O, A, I> {
    private final Space<O> observationSpace;

    protected ObservationWrapper(Env<I, A> env, Space<O> observationSpace) {
        super(env);
        this.observationSpace = requireSpace(observationSpace, "observation");
    }

    /** The observation this wrapper reports for an observation {@code obs} of the wrapped environment. */
    protected abstract O observation(I obs);

    /** The observation reported by {@code reset}; the same transformation unless overridden. */
    protected O resetObservation(I obs) {
        return observation(obs);
    }

    @Override
    public Space<O> observationSpace() {
        return observationSpace;
    }

    @Override
    public Reset<O> reset(Long seed, Map<String, Object> options) {
        Reset<I> r = env.reset(seed, options);
        return new Reset<>(resetObservation(r.obs()), r.info());
    }

    @Override
    public Step<O> step(A action) {
        Step<I> s = env.step(action);
        return new Step<>(observation(s.obs()), s.reward(), s.terminated(), s.truncated(), s.info());
    }
}
