package org.vecrl.core.env;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.vecrl.core.spaces.Space;

/**
 * An environment that forwards to another one, changing some part of its behaviour; the base of
 * every wrapper. {@code toString()} shows the chain, e.g. {@code TimeLimit<OrderEnforcing<CartPole<CartPole-v1>>>}.
 */
public abstract class Wrapper<O, A> implements Env<O, A> {
    protected final Env<O, A> env;

    protected Wrapper(Env<O, A> env) {
        if (env == null) {
            throw new IllegalArgumentException("wrapped env is null");
        }
        this.env = env;
    }

    /** The environment directly inside this wrapper. */
    public Env<O, A> inner() {
        return env;
    }

    @Override
    public Space<A> actionSpace() {
        return env.actionSpace();
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

    @Override
    public Object render() {
        return env.render();
    }

    @Override
    public List<String> renderModes() {
        return env.renderModes();
    }

    @Override
    public RandomGenerator rng() {
        return env.rng();
    }

    @Override
    public EnvSpec spec() {
        return env.spec();
    }

    @Override
    public Env<O, A> unwrapped() {
        return env.unwrapped();
    }

    @Override
    public void close() {
        env.close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "<" + env + ">";
    }
}
