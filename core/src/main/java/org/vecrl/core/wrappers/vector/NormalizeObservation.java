package org.vecrl.core.wrappers.vector;

import org.vecrl.core.state.Resumable;
import org.vecrl.core.state.StateStore;
import org.vecrl.core.vector.AutoresetMode;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.core.wrappers.Normalizing;
import org.vecrl.core.wrappers.RunningNormalizer;

/**
 * Normalises observations with running statistics, as Gymnasium's vector {@code NormalizeObservation}
 * (optionally followed by CleanRL's clip): {@link #observations()} and {@link #finalObservations()}
 * report {@code clip((x − mean) / sqrt(var + epsilon), ±clip)}. Every batch of observations the env
 * returns (at reset and after each step) first updates the statistics, then is normalised. In
 * {@link AutoresetMode#SAME_STEP} mode the final observations of the episodes that ended on a step
 * update the statistics before that step's observations, and are normalised with the statistics
 * they leave (so every observation an episode produced is counted once, as Gymnasium's NEXT_STEP
 * mode does, where final observations are ordinary observations). {@link #setUpdating
 * setUpdating(false)} freezes the statistics; {@link #normalizer()} normalises single observations
 * with them (a policy evaluated outside the env).
 *
 * <p>Wrap the env before resetting it; {@link #aroundResetEnv} wraps an env that has been reset
 * already, counting its current observations as the first batch.
 *
 * <p>Saved state: the statistics ({@code prefix + "stats"}) and the normalised final observations
 * ({@code prefix + "final_observations"}); a restore re-normalises the wrapped env's current
 * observations with the restored statistics (restore the wrapped env first). The wrapped env's
 * state is not included.
 */
public final class NormalizeObservation extends VectorEnvWrapper implements Normalizing, Resumable {
    private final RunningNormalizer normalizer;
    private final double clip;
    private final int n;
    private final int dim;
    private final float[] obs;
    private final float[] finals;
    private final float[] ended;

    /** With fresh statistics, {@code epsilon = 1e-8} and no clipping. */
    public NormalizeObservation(VectorEnv env) {
        this(env, new RunningNormalizer(env.obsDim(), 1e-8), Double.POSITIVE_INFINITY);
    }

    /**
     * @param normalizer statistics of {@code env.obsDim()} elements (shared with whoever normalises
     *                   single observations with them)
     * @param clip       bound of the normalised values' magnitude, > 0 ({@code Double.POSITIVE_INFINITY}: none)
     */
    public NormalizeObservation(VectorEnv env, RunningNormalizer normalizer, double clip) {
        super(env);
        if (normalizer.statistics().size() != env.obsDim()) {
            throw new IllegalArgumentException("statistics of size "
                    + normalizer.statistics().size() + ": expected the observation size " + env.obsDim());
        }
        if (!(clip > 0)) {
            throw new IllegalArgumentException("clip=" + clip + ": expected > 0");
        }
        this.normalizer = normalizer;
        this.clip = clip;
        this.n = env.numEnvs();
        this.dim = env.obsDim();
        this.obs = new float[n * dim];
        this.finals = new float[n * dim];
        this.ended = new float[n * dim];
    }

    /** Wraps an env that has been reset already: its current observations update the statistics as a reset's would. */
    public static NormalizeObservation aroundResetEnv(VectorEnv env, RunningNormalizer normalizer, double clip) {
        NormalizeObservation w = new NormalizeObservation(env, normalizer, clip);
        w.observe();
        return w;
    }

    @Override
    public void reset(Long seed) {
        env.reset(seed);
        observe();
    }

    @Override
    protected void afterStep() {
        if (env.autoresetMode() == AutoresetMode.SAME_STEP) {
            float[] fin = env.finalObservations();
            boolean[] term = env.terminated();
            boolean[] trunc = env.truncated();
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (term[i] || trunc[i]) {
                    System.arraycopy(fin, i * dim, ended, k * dim, dim);
                    k++;
                }
            }
            if (k > 0) {
                normalizer.add(ended, k);
            }
            normalizer.normalize(fin, n, clip, finals);
        }
        observe();
    }

    /** Updates the statistics with the env's current observations, then normalises them. */
    private void observe() {
        normalizer.add(env.observations(), n);
        normalizer.normalize(env.observations(), n, clip, obs);
    }

    @Override
    public float[] observations() {
        return obs;
    }

    /** In SAME_STEP mode the normalised final observations; in NEXT_STEP mode {@link #observations()}. */
    @Override
    public float[] finalObservations() {
        return env.autoresetMode() == AutoresetMode.SAME_STEP ? finals : obs;
    }

    @Override
    public RunningNormalizer normalizer() {
        return normalizer;
    }

    /** The clip bound. */
    public double clip() {
        return clip;
    }

    @Override
    public void saveState(StateStore out, String prefix) {
        normalizer.saveState(out, prefix);
        out.putFloats(prefix + "final_observations", finals.clone());
    }

    @Override
    public void restoreState(StateStore in, String prefix) {
        normalizer.restoreState(in, prefix);
        in.readFloats(prefix + "final_observations", finals);
        normalizer.normalize(env.observations(), n, clip, obs);
    }
}
