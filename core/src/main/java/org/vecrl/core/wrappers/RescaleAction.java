package org.vecrl.core.wrappers;

import java.util.Arrays;
import org.vecrl.core.env.Env;
import org.vecrl.core.spaces.Box;

/**
 * Accepts actions in {@code [min, max]} and maps them affinely onto the bounds {@code [low, high]} of
 * the wrapped environment's bounded {@link Box} action space, as Gymnasium's {@code RescaleAction}:
 * {@code a' = low + (a - min) * (high - low) / (max - min)}, clipped to {@code [low, high]}.
 */
public final class RescaleAction<O> extends ActionWrapper<O, float[]> {
    private final Box bounds;
    private final double[] gradient;
    private final double[] intercept;

    /** The same {@code [min, max]} for every element. */
    public RescaleAction(Env<O, float[]> env, float min, float max) {
        this(env, filled(env, min), filled(env, max));
    }

    /** Per-element {@code [min[i], max[i]]}. */
    public RescaleAction(Env<O, float[]> env, float[] min, float[] max) {
        super(
                env,
                new Box(
                        min,
                        max,
                        Boxes.require(env.actionSpace(), "action", RescaleAction.class)
                                .shape()));
        this.bounds = (Box) env.actionSpace();
        if (!bounds.isBounded()) {
            throw new IllegalArgumentException("RescaleAction needs a bounded action space, got " + bounds);
        }
        gradient = new double[min.length];
        intercept = new double[min.length];
        for (int i = 0; i < min.length; i++) {
            if (!(min[i] < max[i]) || Float.isInfinite(min[i]) || Float.isInfinite(max[i])) {
                throw new IllegalArgumentException("RescaleAction range [" + Arrays.toString(min) + ", "
                        + Arrays.toString(max) + "]: expected finite min < max for every element");
            }
            gradient[i] = ((double) bounds.high(i) - bounds.low(i)) / ((double) max[i] - min[i]);
            intercept[i] = bounds.low(i) - gradient[i] * min[i];
        }
    }

    private static float[] filled(Env<?, float[]> env, float v) {
        float[] a = new float
                [Boxes.require(env.actionSpace(), "action", RescaleAction.class).flatDim()];
        Arrays.fill(a, v);
        return a;
    }

    @Override
    protected float[] action(float[] a) {
        Boxes.requireLength(a, bounds, "action");
        float[] mapped = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            double v = gradient[i] * a[i] + intercept[i];
            mapped[i] = (float) Math.min(Math.max(v, bounds.low(i)), bounds.high(i));
        }
        return mapped;
    }
}
