package org.vecrl.core.env;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.vecrl.core.spaces.Space;

/**
 * A reinforcement-learning environment with Gymnasium 1.x semantics: {@code reset} starts an
 * episode, {@code step} advances it and reports whether the MDP reached a terminal state
 * ({@code terminated}) or a time limit cut it ({@code truncated}).
 *
 * @param <O> observation type
 * @param <A> action type
 */
public interface Env<O, A> extends AutoCloseable {

    /** The valid actions. */
    Space<A> actionSpace();

    /** The possible observations. */
    Space<O> observationSpace();

    /**
     * Starts a new episode. A non-null {@code seed} re-creates the environment's generator from it;
     * a null seed keeps using the existing stream.
     */
    Reset<O> reset(Long seed, Map<String, Object> options);

    /** {@code reset(null, {})}: a new episode on the existing random stream. */
    default Reset<O> reset() {
        return reset(null, Map.of());
    }

    /** {@code reset(seed, {})}. */
    default Reset<O> reset(long seed) {
        return reset(seed, Map.of());
    }

    /** Applies one action. */
    Step<O> step(A action);

    /**
     * Renders the current state in the render mode chosen at construction ({@code render_mode}
     * kwarg): a {@code String} for "ansi", a {@code java.awt.image.BufferedImage} for "rgb_array",
     * or null when no render mode is set.
     */
    Object render();

    /** The render modes this environment supports (Gymnasium's {@code metadata["render_modes"]}). */
    default java.util.List<String> renderModes() {
        return java.util.List.of();
    }

    /** The environment's own generator (Gymnasium's {@code np_random}). */
    RandomGenerator rng();

    /** The registry entry this environment was made from, or null if it was constructed directly. */
    EnvSpec spec();

    /**
     * The innermost environment under all wrappers. When a wrapper in the chain changes the
     * observation type (an {@code ObservationWrapper}), the innermost environment's observations
     * are not of type {@code O}: use it through its own class, as Gymnasium code does.
     */
    default Env<O, A> unwrapped() {
        return this;
    }

    @Override
    default void close() {}
}
