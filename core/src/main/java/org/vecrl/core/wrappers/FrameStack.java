package org.vecrl.core.wrappers;

import org.vecrl.core.env.Env;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.state.StateStore;

/**
 * Reports the last n observations of a {@link Box} environment stacked oldest first, shape
 * {@code (n, *shape)}, as Gymnasium's {@code FrameStackObservation} with reset padding: after a
 * reset every slot holds the reset observation.
 */
public final class FrameStack<A> extends ObservationWrapper<float[], A, float[]> {
    private final Box frame;
    private final int n;
    private final float[] stack;

    public FrameStack(Env<float[], A> env, int n) {
        super(env, stackedSpace(Boxes.require(env.observationSpace(), "observation", FrameStack.class), n));
        this.frame = (Box) env.observationSpace();
        this.n = n;
        this.stack = new float[n * frame.flatDim()];
    }

    private static Box stackedSpace(Box frame, int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("FrameStack n=" + n + ": expected > 0");
        }
        int size = frame.flatDim();
        float[] low = new float[n * size];
        float[] high = new float[n * size];
        for (int k = 0; k < n; k++) {
            System.arraycopy(frame.low(), 0, low, k * size, size);
            System.arraycopy(frame.high(), 0, high, k * size, size);
        }
        int[] frameShape = frame.shape();
        int[] shape = new int[frameShape.length + 1];
        shape[0] = n;
        System.arraycopy(frameShape, 0, shape, 1, frameShape.length);
        return new Box(low, high, shape);
    }

    /** The number of stacked observations. */
    public int stackSize() {
        return n;
    }

    /** Saves the stacked frames. */
    @Override
    protected void saveOwnState(StateStore out, String prefix) {
        out.putFloats(prefix + "stack", stack.clone());
    }

    @Override
    protected void restoreOwnState(StateStore in, String prefix) {
        in.readFloats(prefix + "stack", stack);
    }

    @Override
    protected float[] resetObservation(float[] obs) {
        Boxes.requireLength(obs, frame, "observation");
        for (int k = 0; k < n; k++) {
            System.arraycopy(obs, 0, stack, k * obs.length, obs.length);
        }
        return stack.clone();
    }

    @Override
    protected float[] observation(float[] obs) {
        Boxes.requireLength(obs, frame, "observation");
        System.arraycopy(stack, obs.length, stack, 0, stack.length - obs.length);
        System.arraycopy(obs, 0, stack, stack.length - obs.length, obs.length);
        return stack.clone();
    }
}
