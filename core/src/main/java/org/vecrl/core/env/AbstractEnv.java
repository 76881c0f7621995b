package org.vecrl.core.env;

import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Base class of the built-in environments: holds the generator (re-created by a seeded reset,
 * kept by an unseeded one), the spec and the render mode.
 */
public abstract class AbstractEnv<O, A> implements Env<O, A> {
    private RandomGenerator rng = Seeding.generator(null);
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
