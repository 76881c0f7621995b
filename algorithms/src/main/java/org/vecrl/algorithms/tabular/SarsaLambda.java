package org.vecrl.algorithms.tabular;

import org.vecrl.core.env.Env;

/**
 * SARSA(λ) with eligibility traces (Sutton and Barto section 12.7): traces {@code e[S,A]} are
 * zeroed at the start of each episode; on each experience {@code δ = r + γ·Q[s',a'] − Q[s,a]},
 * {@code e[s,a] += 1} (accumulating) or {@code e[s,a] = 1} (replacing), {@code Q += lr·δ·e} over
 * all entries, then {@code e *= γλ}. It runs episodes in SARSA's order.
 */
public final class SarsaLambda extends Sarsa {
    /** The default trace decay λ. */
    public static final double DEFAULT_LAMBDA = 0.95;

    /** How a visit updates its trace. */
    public enum Traces {
        ACCUMULATING,
        REPLACING
    }

    private final double lambda;
    private final Traces traces;
    private final double[][] e;

    /** Accumulating traces with λ = 0.95. */
    public SarsaLambda(Env<Integer, Integer> env, TabularConfig config, double gamma, long seed) {
        this(env, config, gamma, seed, DEFAULT_LAMBDA, Traces.ACCUMULATING);
    }

    public SarsaLambda(
            Env<Integer, Integer> env, TabularConfig config, double gamma, long seed, double lambda, Traces traces) {
        super(env, config, gamma, seed);
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("lambda=" + lambda + ": expected 0 <= lambda <= 1");
        }
        this.lambda = lambda;
        this.traces = traces;
        this.e = new double[numStates][numActions];
    }

    @Override
    public void reset(long seed) {
        super.reset(seed);
        for (double[] row : e) {
            java.util.Arrays.fill(row, 0.0);
        }
    }

    @Override
    public void observe(Experience x) {
        double delta = tdError(x);
        e[x.obs()][x.act()] = traces == Traces.ACCUMULATING ? e[x.obs()][x.act()] + 1 : 1;
        double step = lr() * delta;
        double decay = gamma * lambda;
        for (int s = 0; s < numStates; s++) {
            double[] qs = q[s];
            double[] es = e[s];
            for (int a = 0; a < numActions; a++) {
                qs[a] += step * es[a];
                es[a] *= decay;
            }
        }
    }

    /** A copy of the eligibility traces. */
    public double[][] traces() {
        double[][] copy = new double[e.length][];
        for (int s = 0; s < e.length; s++) {
            copy[s] = e[s].clone();
        }
        return copy;
    }
}
