package org.vecrl.core.env;

import java.util.List;
import java.util.random.RandomGenerator;
import org.vecrl.core.spaces.Space;

/**
 * The part every wrapper shares, whether or not it changes the observation type: holds the wrapped
 * environment and forwards actions' space, rendering, generator, spec and closing to it.
 * {@code toString()} shows the chain, e.g. {@code TimeLimit<OrderEnforcing<CartPole<CartPole-v1>>>}.
 *
 * @param <O> observation type of this wrapper
 * @param <A> action type (shared with the wrapped environment)
 * @param <I> observation type of the wrapped environment
 */
public abstract class AbstractWrapper<O, A, I> implements Env<O, A> {
    protected final Env<I, A> env;

    protected AbstractWrapper(Env<I, A> env) {
        if (env == null) {
            throw new IllegalArgumentException("wrapped env is null");
        }
        this.env = env;
    }

    /** {@code space}, checked to be non-null: a wrapper's own {@code what} ("action", "observation") space. */
    protected final <S extends Space<?>> S requireSpace(S space, String what) {
        if (space == null) {
            throw new IllegalArgumentException(
                    getClass().getSimpleName() + " of " + env + ": " + what + " space is null");
        }
        return space;
    }

    /** The environment directly inside this wrapper. */
    public Env<I, A> inner() {
        return env;
    }

    @Override
    public Space<A> actionSpace() {
        return env.actionSpace();
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

    /** The innermost environment; see {@link Env#unwrapped()} for its observation type. */
    @Override
    @SuppressWarnings("unchecked")
    public Env<O, A> unwrapped() {
        return (Env<O, A>) env.unwrapped();
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
