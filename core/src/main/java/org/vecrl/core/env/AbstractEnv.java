package org.vecrl.core.env;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.vecrl.core.state.Resumable;
import org.vecrl.core.state.StateStore;

/**
 * Base class of the built-in environments: holds the generator (re-created by a seeded reset,
 * kept by an unseeded one), the spec and the render mode.
 *
 * <p>{@link Resumable} when the subclass saves what changes during an episode: it overrides
 * {@link #savesState()} to return true and {@link #saveEnvState} / {@link #restoreEnvState}; the
 * generator's state is saved here. A subclass that does not is not {@link #resumable()}.
 */
public abstract class AbstractEnv<O, A> implements Env<O, A>, Resumable {
    private SplitMix64 rng = Seeding.generator(null);
    private EnvSpec spec;
    protected final String renderMode;

    protected AbstractEnv(String renderMode) {
        if (renderMode != null && !renderModes().contains(renderMode)) {
            throw new IllegalArgumentException("render_mode '" + renderMode + "' for "
                    + getClass().getSimpleName() + ": expected one of " + renderModes() + " or null");
        }
        this.renderMode = renderMode;
    }

    protected AbstractEnv() {
        this(null);
    }

    /** Re-creates the generator when {@code seed} is non-null (call first in {@code reset}). */
    protected final void seed(Long seed) {
        if (seed != null) {
            rng = Seeding.generator(seed);
        }
    }

    @Override
    public final RandomGenerator rng() {
        return rng;
    }

    @Override
    public EnvSpec spec() {
        return spec;
    }

    /** Called by the registry after construction. */
    public final void setSpec(EnvSpec spec) {
        this.spec = spec;
    }

    /** The render mode chosen at construction, or null. */
    public final String renderMode() {
        return renderMode;
    }

    @Override
    public Object render() {
        return null;
    }

    /** Whether this env saves its own state through {@link #saveEnvState}: false unless overridden. */
    protected boolean savesState() {
        return false;
    }

    /** Writes what changes during an episode (besides the generator) under names that start with {@code prefix}. */
    protected void saveEnvState(StateStore out, String prefix) {}

    /** Restores what {@link #saveEnvState} wrote. */
    protected void restoreEnvState(StateStore in, String prefix) {}

    /** Whether the subclass saves its state ({@link #savesState()}). */
    @Override
    public final boolean resumable() {
        return savesState();
    }

    /** Saves the generator's state and the subclass's; throws {@link IllegalStateException} unless {@link #resumable()}. */
    @Override
    public final void saveState(StateStore out, String prefix) {
        requireResumable();
        out.putLongs(prefix + "rng", new long[] {rng.state()});
        saveEnvState(out, prefix);
    }

    @Override
    public final void restoreState(StateStore in, String prefix) {
        requireResumable();
        rng.setState(in.getLongs(prefix + "rng")[0]);
        restoreEnvState(in, prefix);
    }

    private void requireResumable() {
        if (!savesState()) {
            throw new IllegalStateException(
                    this + " cannot save its state: " + getClass().getName() + " does not override savesState()");
        }
    }

    /** Reads an option from the {@code reset} options map, with a default. */
    protected static <T> T option(Map<String, Object> options, String key, Class<T> type, T fallback) {
        Object v = options == null ? null : options.get(key);
        if (v == null) {
            return fallback;
        }
        if (!type.isInstance(v)) {
            throw new IllegalArgumentException(
                    "reset option " + key + "=" + v + ": expected a " + type.getSimpleName());
        }
        return type.cast(v);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + (spec == null ? "" : "<" + spec.id() + ">");
    }
}
