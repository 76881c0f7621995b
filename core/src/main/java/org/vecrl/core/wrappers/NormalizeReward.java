package org.vecrl.core.wrappers;

import org.vecrl.core.env.Env;
import org.vecrl.core.env.Step;
import org.vecrl.core.env.Wrapper;
import org.vecrl.core.state.StateStore;

/**
 * Scales rewards so that the discounted return has roughly unit variance, as Gymnasium's
 * {@code NormalizeReward}: a running discounted sum {@code g = g * gamma * (1 - terminated) + r}
 * updates a {@link RunningMeanStd}, and the reward is reported as {@code r / sqrt(var(g) + epsilon)}
 * (not centred). As in Gymnasium, {@code g} restarts only after a terminated step.
 */
public final class NormalizeReward<O, A> extends Wrapper<O, A> implements Normalizing {
    private final double gamma;
    private final RunningNormalizer normalizer;
    private double discountedReturn;

    /** With {@code gamma = 0.99} and {@code epsilon = 1e-8}. */
    public NormalizeReward(Env<O, A> env) {
        this(env, 0.99, 1e-8);
    }

    public NormalizeReward(Env<O, A> env, double gamma, double epsilon) {
        super(env);
        if (!(gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("gamma=" + gamma + ": expected in [0, 1]");
        }
        this.gamma = gamma;
        this.normalizer = new RunningNormalizer(1, epsilon);
    }

    /** Saves the statistics and the running discounted return. */
    @Override
    protected void saveOwnState(StateStore out, String prefix) {
        normalizer.saveState(out, prefix + "normalizer.");
        out.putDoubles(prefix + "discounted_return", new double[] {discountedReturn});
    }

    @Override
    protected void restoreOwnState(StateStore in, String prefix) {
        normalizer.restoreState(in, prefix + "normalizer.");
        discountedReturn = in.getDoubles(prefix + "discounted_return")[0];
    }

    @Override
    public Step<O> step(A action) {
        Step<O> s = env.step(action);
        discountedReturn = discountedReturn * gamma * (s.terminated() ? 0 : 1) + s.reward();
        normalizer.add(discountedReturn);
        double normalized = s.reward() / normalizer.std(0);
        return new Step<>(s.obs(), normalized, s.terminated(), s.truncated(), s.info());
    }

    @Override
    public RunningNormalizer normalizer() {
        return normalizer;
    }
}
