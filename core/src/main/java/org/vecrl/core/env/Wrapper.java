package org.vecrl.core.env;

import java.util.Map;
import org.vecrl.core.spaces.Space;

/**
 * An environment that forwards to another one of the same observation and action types, changing
 * some part of its behaviour; the base of most wrappers. {@code toString()} shows the chain, e.g.
 * {@code TimeLimit<OrderEnforcing<CartPole<CartPole-v1>>>}.
 */
public abstract class Wrapper<O, A> extends AbstractWrapper<O, A, O> {

    protected Wrapper(Env<O, A> env) {
        super(env);
    }

    @Override
    public Space<O> observationSpace() {
        return env.observationSpace();
    }

    @Override
    public Reset<O> reset(Long seed, Map<String, Object> options) {
        return env.reset(seed, options);
    }

    @Override
    public Step<O> step(A action) {
        return env.step(action);
    }
}
