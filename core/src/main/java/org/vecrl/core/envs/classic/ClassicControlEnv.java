package org.vecrl.core.envs.classic;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vecrl.core.env.AbstractEnv;
import org.vecrl.core.env.Reset;
import org.vecrl.core.envs.PhysicsState;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.spaces.Space;
import org.vecrl.core.state.StateStore;

/**
 * Base of the classic-control environments: holds the double-precision physical state
 * ({@link PhysicsState}), the spaces, the reset (by default Gymnasium's "low"/"high" options over
 * the {@link ClassicPhysics} reset distribution), option parsing, the observation, "rgb_array"
 * rendering into a {@link BufferedImage}, and "ansi" rendering as one line of the named state values. Subclasses supply the step (through the physics class
 * shared with their native vector version) and the drawing.
 *
 * @param <A> action type: {@code Integer} for discrete, {@code float[]} for continuous actions
 */
public abstract class ClassicControlEnv<A> extends AbstractEnv<float[], A> implements PhysicsState {
    /** The render mode that returns a {@link BufferedImage}. */
    public static final String RGB_ARRAY = "rgb_array";
    /** The render mode that returns one text line of the state (a VecRL extra; Gymnasium's classic control has none). */
    public static final String ANSI = "ansi";

    /** The physical state, as Gymnasium's {@code env.unwrapped.state}. */
    protected final double[] state;

    private final ClassicPhysics physics;
    private final Space<A> actionSpace;
    private final int screenWidth;
    private final int screenHeight;
    private boolean hasState;

    /**
     * @param renderMode   "rgb_array", "ansi" or null
     * @param physics      state length, observation and reset distribution of the env's physics class
     * @param actionSpace  the action space
     * @param screenWidth  width of a rendered frame in pixels (Gymnasium's screen size)
     * @param screenHeight height of a rendered frame in pixels
     */
    ClassicControlEnv(
            String renderMode, ClassicPhysics physics, Space<A> actionSpace, int screenWidth, int screenHeight) {
        super(renderMode);
        this.physics = physics;
        this.actionSpace = actionSpace;
        this.state = new double[physics.stateDim()];
        this.screenWidth = screenWidth;
        this.screenHeight = screenHeight;
    }

    @Override
    public final Space<A> actionSpace() {
        return actionSpace;
    }

    @Override
    public final Box observationSpace() {
        return physics.observationSpace();
    }

    @Override
    public List<String> renderModes() {
        return List.of(RGB_ARRAY, ANSI);
    }

    @Override
    public final Reset<float[]> reset(Long seed, Map<String, Object> options) {
        seed(seed);
        resetState(options == null ? Map.of() : options);
        hasState = true;
        return new Reset<>(observation(), Map.of());
    }

    /**
     * Draws a new initial state from {@link #rng()} into {@link #state}: by default from the reset
     * distribution over the range given by the "low" and "high" options ({@link #resetBounds}).
     */
    protected void resetState(Map<String, Object> options) {
        double[] bounds = resetBounds(options, physics.defaultA(), physics.defaultB());
        drawState(bounds[0], bounds[1]);
    }

    /** Draws a new initial state from the reset distribution with parameters a and b. */
    protected final void drawState(double a, double b) {
        physics.sampler().reset(state, 0, rng(), a, b);
    }

    /** The float32 observation of the current state. */
    protected final float[] observation() {
        return physics.observe(state);
    }

    @Override
    public double[] getState() {
        requireState("getState()");
        return state.clone();
    }

    @Override
    public void setState(double[] newState) {
        if (newState == null || newState.length != state.length) {
            throw new IllegalArgumentException("state " + (newState == null ? "null" : Arrays.toString(newState))
                    + " for " + this + ": expected " + state.length + " values");
        }
        System.arraycopy(newState, 0, state, 0, state.length);
        hasState = true;
    }

    @Override
    protected boolean savesState() {
        return true;
    }

    /** Saves the physical state and whether one exists (the step counters, in subclasses that keep them). */
    @Override
    protected void saveEnvState(StateStore out, String prefix) {
        out.putDoubles(prefix + "state", state.clone());
        out.putBooleans(prefix + "has_state", new boolean[] {hasState});
    }

    @Override
    protected void restoreEnvState(StateStore in, String prefix) {
        in.readDoubles(prefix + "state", state);
        hasState = in.getBooleans(prefix + "has_state")[0];
    }

    /** Throws {@link IllegalStateException} unless a state exists (after reset or setState). */
    protected final void requireState(String call) {
        if (!hasState) {
            throw new IllegalStateException(call + " called before reset() on " + this + ": call reset() first");
        }
    }

    @Override
    public Object render() {
        if (renderMode == null) {
            return null;
        }
        requireState("render()");
        if (ANSI.equals(renderMode)) {
            return ansiLine();
        }
        Canvas canvas = new Canvas(screenWidth(), screenHeight());
        draw(canvas);
        return canvas.image();
    }

    /** The "ansi" frame: the env's name and each state entry to 4 decimals, e.g. {@code "Pendulum theta=0.1000 theta_dot=-0.2000\n"}. */
    private String ansiLine() {
        StringBuilder sb = new StringBuilder(getClass().getSimpleName());
        for (int i = 0; i < state.length; i++) {
            sb.append(' ')
                    .append(physics.stateNames().get(i))
                    .append('=')
                    .append(String.format(Locale.ROOT, "%.4f", state[i]));
        }
        return sb.append('\n').toString();
    }

    /** Width of a rendered frame in pixels (Gymnasium's screen size). */
    protected final int screenWidth() {
        return screenWidth;
    }

    /** Height of a rendered frame in pixels. */
    protected final int screenHeight() {
        return screenHeight;
    }

    /** Draws the current state. */
    abstract void draw(Canvas canvas);

    /**
     * Gymnasium's {@code maybe_parse_reset_bounds}: the "low" and "high" reset options, defaulting
     * to the given values; low must not exceed high.
     */
    protected static double[] resetBounds(Map<String, Object> options, double defaultLow, double defaultHigh) {
        double low = numberOption(options, "low", defaultLow);
        double high = numberOption(options, "high", defaultHigh);
        if (low > high) {
            throw new IllegalArgumentException(
                    "reset options low=" + low + ", high=" + high + ": expected low <= high");
        }
        return new double[] {low, high};
    }

    /** A numeric reset option, or {@code fallback} when absent. */
    protected static double numberOption(Map<String, Object> options, String key, double fallback) {
        return option(options, key, Number.class, fallback).doubleValue();
    }

    /** Checks a discrete action against the action space and returns it as an int. */
    protected final int checkDiscreteAction(Integer action) {
        actionSpace().check(action, "action");
        return action;
    }

    /**
     * Checks a continuous action: the right length and finite values. Values outside the box are
     * accepted and clipped by the dynamics, as Gymnasium does.
     */
    protected static float[] checkContinuousAction(float[] action, Box space) {
        if (action == null || action.length != space.flatDim()) {
            throw new IllegalArgumentException("action " + (action == null ? "null" : Arrays.toString(action)) + " for "
                    + space + ": expected " + space.flatDim() + " value(s)");
        }
        for (float a : action) {
            if (!Float.isFinite(a)) {
                throw new IllegalArgumentException(
                        "action " + Arrays.toString(action) + " is not finite: expected finite values"
                                + " (out-of-range values are clipped to " + space + ")");
            }
        }
        return action;
    }
}
