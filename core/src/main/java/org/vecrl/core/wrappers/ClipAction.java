package org.vecrl.core.wrappers;

import org.vecrl.core.env.Env;
import org.vecrl.core.spaces.Box;

/**
 * Clips continuous actions to the bounds of the wrapped environment's {@link Box} action space, as
 * Gymnasium's {@code ClipAction}; the wrapper itself accepts any real action of the right shape
 * (its action space is the unbounded box).
 */
public final class ClipAction<O> extends ActionWrapper<O, float[]> {
    private final Box bounds;

    public ClipAction(Env<O, float[]> env) {
        super(env, Boxes.unbounded(Boxes.require(env.actionSpace(), "action", ClipAction.class)));
        this.bounds = (Box) env.actionSpace();
    }

    @Override
    protected float[] action(float[] a) {
        Boxes.requireLength(a, bounds, "action");
        float[] clipped = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            clipped[i] = Math.min(Math.max(a[i], bounds.low(i)), bounds.high(i));
        }
        return clipped;
    }
}
