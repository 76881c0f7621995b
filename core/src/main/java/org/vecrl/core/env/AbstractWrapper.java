package org.vecrl.core.env;

import java.util.List;
import java.util.random.RandomGenerator;
import org.vecrl.core.spaces.Space;
import org.vecrl.core.state.Resumable;
import org.vecrl.core.state.StateStore;

/**
 * The part every wrapper shares, whether or not it changes the observation type: holds the wrapped
 * environment and forwards actions' space, rendering, generator, spec and closing to it.
 * {@code toString()} shows the chain, e.g. {@code TimeLimit<OrderEnforcing<CartPole<CartPole-v1>>>}.
 *
 * <p>{@link Resumable} when the wrapped environment is: the state is the wrapper's own (written by
 * {@link #saveOwnState}, nothing by default, so a wrapper with mutable state overrides it and
 * {@link #restoreOwnState}) followed by the wrapped environment's under {@code prefix + "inner."}.
 *
 * @param <O> observation type of this wrapper
 * @param <A> action type (shared with the wrapped environment)
 * @param <I> observation type of the wrapped environment
 */
public abstract class AbstractWrapper<O, A, I> implements Env<O, A>, Resumable {
    private static final String INNER = "inner.";

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

    /** Whether the wrapped environment is {@link Resumable} and {@link Resumable#resumable() resumable}. */
    @Override
    public final boolean resumable() {
        return env instanceof Resumable r && r.resumable();
    }

    /**
     * Saves this wrapper's own state, then the wrapped environment's under {@code prefix + "inner."};
     * throws {@link IllegalStateException} naming the chain unless {@link #resumable()}.
     */
    @Override
    public final void saveState(StateStore out, String prefix) {
        Resumable inner = requireResumable();
        saveOwnState(out, prefix);
        inner.saveState(out, prefix + INNER);
    }

    @Override
    public final void restoreState(StateStore in, String prefix) {
        Resumable inner = requireResumable();
        restoreOwnState(in, prefix);
        inner.restoreState(in, prefix + INNER);
    }

    /** Writes this wrapper's own mutable state under names that start with {@code prefix}: nothing by default. */
    protected void saveOwnState(StateStore out, String prefix) {}

    /** Restores what {@link #saveOwnState} wrote. */
    protected void restoreOwnState(StateStore in, String prefix) {}

    private Resumable requireResumable() {
        if (!resumable()) {
            throw new IllegalStateException(this + " cannot save its state: " + env + " is not resumable");
        }
        return (Resumable) env;
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
