package org.vecrl.core.wrappers.vector;

import org.vecrl.core.state.Resumable;
import org.vecrl.core.state.StateStore;
import org.vecrl.core.vector.VectorEnv;
import org.vecrl.core.wrappers.Normalizing;
import org.vecrl.core.wrappers.RunningNormalizer;

/**
 * Scales rewards so that the discounted return has roughly unit variance, as Gymnasium's vector
 * {@code NormalizeReward} (optionally followed by CleanRL's clip): after each step every sub-env's
 * running discounted return {@code G ← γ·G·(1 − terminated) + r} (float32) is updated, the batch of
 * N returns updates the statistics, and {@link #rewards()} reports
 * {@code clip(r / sqrt(var(G) + epsilon), ±clip)} (not centred). As in Gymnasium, G restarts only
 * after a terminated step. Its saved state is the statistics ({@code prefix + "stats"}) and the
 * running returns ({@code prefix + "returns"}); the wrapped env's state is not included.
 */
public final class NormalizeReward extends VectorEnvWrapper implements Normalizing, Resumable {
    private final double gamma;
    private final double clip;
    private final RunningNormalizer normalizer;
    private final float[] returns;
    private final float[] scaled;

    /** With {@code epsilon = 1e-8} and no clipping. */
    public NormalizeReward(VectorEnv env, double gamma) {
        this(env, gamma, 1e-8, Double.POSITIVE_INFINITY);
    }

    /**
     * @param gamma   discount of the running return, in [0, 1]
     * @param epsilon added to the variance, > 0
     * @param clip    bound of the scaled rewards' magnitude, > 0 ({@code Double.POSITIVE_INFINITY}: none)
     */
    public NormalizeReward(VectorEnv env, double gamma, double epsilon, double clip) {
        super(env);
        if (!(gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("gamma=" + gamma + ": expected in [0, 1]");
        }
        if (!(clip > 0)) {
            throw new IllegalArgumentException("clip=" + clip + ": expected > 0");
        }
        this.gamma = gamma;
        this.clip = clip;
        this.normalizer = new RunningNormalizer(1, epsilon);
        this.returns = new float[env.numEnvs()];
        this.scaled = new float[env.numEnvs()];
    }

    @Override
    protected void afterStep() {
        float[] rewards = env.rewards();
        boolean[] terminated = env.terminated();
        int n = returns.length;
        for (int i = 0; i < n; i++) {
            returns[i] = (float) (returns[i] * gamma * (terminated[i] ? 0 : 1) + rewards[i]);
        }
        normalizer.add(returns, n);
        double s = 1.0 / normalizer.std(0);
        for (int i = 0; i < n; i++) {
            scaled[i] = (float) Math.max(-clip, Math.min(clip, rewards[i] * s));
        }
    }

    /** The scaled rewards of the last step ({@link #wrapped()} still reports the raw ones). */
    @Override
    public float[] rewards() {
        return scaled;
    }

    /** The running discounted return of each sub-env (a copy). */
    public float[] returns() {
        return returns.clone();
    }

    @Override
    public RunningNormalizer normalizer() {
        return normalizer;
    }

    @Override
    public void saveState(StateStore out, String prefix) {
        normalizer.saveState(out, prefix);
        out.putFloats(prefix + "returns", returns.clone());
    }

    @Override
    public void restoreState(StateStore in, String prefix) {
        normalizer.restoreState(in, prefix);
        in.readFloats(prefix + "returns", returns);
    }
}
