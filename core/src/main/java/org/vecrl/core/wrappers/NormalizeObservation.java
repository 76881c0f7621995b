package org.vecrl.core.wrappers;

import org.vecrl.core.env.Env;
import org.vecrl.core.spaces.Box;
import org.vecrl.core.state.StateStore;

/**
 * Normalises {@link Box} observations to roughly zero mean and unit variance with running
 * statistics, as Gymnasium's {@code NormalizeObservation}: each observation (reset ones included)
 * first updates the statistics, then is reported as {@code (obs - mean) / sqrt(var + epsilon)}.
 * The observation space becomes the unbounded box of the same shape.
 */
public final class NormalizeObservation<A> extends ObservationWrapper<float[], A, float[]> implements Normalizing {
    private final Box inner;
    private final RunningNormalizer normalizer;

    /** With {@code epsilon = 1e-8}. */
    public NormalizeObservation(Env<float[], A> env) {
        this(env, 1e-8);
    }

    public NormalizeObservation(Env<float[], A> env, double epsilon) {
        super(env, Boxes.unbounded(Boxes.require(env.observationSpace(), "observation", NormalizeObservation.class)));
        this.inner = (Box) env.observationSpace();
        this.normalizer = new RunningNormalizer(inner.flatDim(), epsilon);
    }

    /** Saves the statistics. */
    @Override
    protected void saveOwnState(StateStore out, String prefix) {
        normalizer.saveState(out, prefix + "normalizer.");
    }

    @Override
    protected void restoreOwnState(StateStore in, String prefix) {
        normalizer.restoreState(in, prefix + "normalizer.");
    }

    @Override
    protected float[] observation(float[] obs) {
        Boxes.requireLength(obs, inner, "observation");
        normalizer.add(obs);
        float[] normalized = new float[obs.length];
        for (int i = 0; i < obs.length; i++) {
            normalized[i] = (float) ((obs[i] - normalizer.statistics().mean(i)) / normalizer.std(i));
        }
        return normalized;
    }

    @Override
    public RunningNormalizer normalizer() {
        return normalizer;
    }
}
