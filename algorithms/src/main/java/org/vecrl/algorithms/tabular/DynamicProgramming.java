package org.vecrl.algorithms.tabular;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vecrl.core.envs.tabular.RewardMode;
import org.vecrl.core.envs.tabular.TabularModel;

/**
 * Dynamic programming on a known {@link TabularModel}: iterative and exact policy evaluation,
 * policy improvement, policy iteration and value iteration. Policies are deterministic ({@code int[S]}) or stochastic ({@code double[S][A]},
 * rows summing to 1). Every method reads the model's dense tensors in the given {@link RewardMode}
 * (default {@link RewardMode#MEAN}); ties in an argmax go to the lowest action.
 */
public final class DynamicProgramming {
    private static final Logger LOG = LoggerFactory.getLogger(DynamicProgramming.class);
    /** Q-values closer than this count as tied (so rounding noise cannot flip a policy). */
    private static final double TIE = 1e-12;

    private DynamicProgramming() {}

    // ---- iterative evaluation ----

    /** {@link #policyEvalIterative(TabularModel, int[], double, double, int, RewardMode)} in MEAN mode. */
    public static double[] policyEvalIterative(TabularModel model, int[] pi, double gamma, double eps, int maxIter) {
        return policyEvalIterative(model, pi, gamma, eps, maxIter, RewardMode.MEAN);
    }

    /**
     * Iterative policy evaluation: from V = 0, {@code V[s] ← Σ_s' P_π[s,s']·(R_π[s,s'] + γ·V[s'])}
     * until {@code max_s |ΔV| < eps}; logs a warning and returns the last iterate after {@code maxIter} sweeps.
     */
    public static double[] policyEvalIterative(
            TabularModel model, int[] pi, double gamma, double eps, int maxIter, RewardMode mode) {
        return policyEvalIterative(model, oneHot(model, pi), gamma, eps, maxIter, mode);
    }

    /** {@link #policyEvalIterative(TabularModel, double[][], double, double, int, RewardMode)} in MEAN mode. */
    public static double[] policyEvalIterative(
            TabularModel model, double[][] pi, double gamma, double eps, int maxIter) {
        return policyEvalIterative(model, pi, gamma, eps, maxIter, RewardMode.MEAN);
    }

    /** Iterative evaluation of a stochastic policy {@code pi[s][a]}. */
    public static double[] policyEvalIterative(
            TabularModel model, double[][] pi, double gamma, double eps, int maxIter, RewardMode mode) {
        checkGamma(gamma);
        if (!(eps > 0) || maxIter <= 0) {
            throw new IllegalArgumentException(
                    "eps=" + eps + ", maxIter=" + maxIter + ": expected eps > 0 and maxIter > 0");
        }
        Chain chain = Chain.of(Mdp.of(model, mode), checkPolicy(model, pi));
        int n = chain.r.length;
        double[] v = new double[n];
        double[] next = new double[n];
        for (int it = 0; it < maxIter; it++) {
            double delta = 0;
            for (int s = 0; s < n; s++) {
                next[s] = chain.r[s] + gamma * dot(chain.p[s], v);
                delta = Math.max(delta, Math.abs(next[s] - v[s]));
            }
            double[] t = v;
            v = next;
            next = t;
            if (delta < eps) {
                return v;
            }
        }
        LOG.warn("policy evaluation failed to converge to eps={} in {} iterations", eps, maxIter);
        return v;
    }

    // ---- exact evaluation ----

    /** {@link #policyEvalExact(TabularModel, int[], double, RewardMode)} in MEAN mode. */
    public static double[] policyEvalExact(TabularModel model, int[] pi, double gamma) {
        return policyEvalExact(model, pi, gamma, RewardMode.MEAN);
    }

    /**
     * Exact policy evaluation: solves {@code (I − γ·P_π) V = r_π} with {@code r_π[s] = Σ_s' P_π·R_π}.
     * Terminal states and absorbing zero-reward states (walls) get exactly 0; with γ = 1 every other
     * state must reach them.
     *
     * @throws IllegalArgumentException with γ = 1 when the policy never terminates from some state
     */
    public static double[] policyEvalExact(TabularModel model, int[] pi, double gamma, RewardMode mode) {
        return policyEvalExact(model, oneHot(model, pi), gamma, mode);
    }

    /** {@link #policyEvalExact(TabularModel, double[][], double, RewardMode)} in MEAN mode. */
    public static double[] policyEvalExact(TabularModel model, double[][] pi, double gamma) {
        return policyEvalExact(model, pi, gamma, RewardMode.MEAN);
    }

    /** Exact evaluation of a stochastic policy {@code pi[s][a]}. */
    public static double[] policyEvalExact(TabularModel model, double[][] pi, double gamma, RewardMode mode) {
        checkGamma(gamma);
        return evaluate(model, Chain.of(Mdp.of(model, mode), checkPolicy(model, pi)), gamma);
    }

    /**
     * Solves the chain's Bellman equations. Terminal states and absorbing zero-reward states (walls)
     * have value exactly 0 and are left out of the system; with γ = 1 every other state must reach them.
     */
    private static double[] evaluate(TabularModel model, Chain chain, double gamma) {
        int n = chain.r.length;
        boolean[] fixed = new boolean[n];
        for (int s = 0; s < n; s++) {
            fixed[s] = model.isTerminal(s) || (chain.p[s][s] == 1.0 && chain.r[s] == 0.0);
        }
        if (gamma == 1.0) {
            boolean[] reaches = reachers(chain, fixed);
            for (int s = 0; s < n; s++) {
                if (!reaches[s]) {
                    throw new IllegalArgumentException(
                            "with gamma = 1 the policy never reaches a terminal state from state " + s
                                    + ", so its values are infinite or undefined: expected gamma < 1 or a policy that terminates");
                }
            }
        }
        return solve(chain, gamma, fixed);
    }

    /** Which states reach a {@code fixed} state with positive probability under the chain. */
    private static boolean[] reachers(Chain chain, boolean[] fixed) {
        int n = fixed.length;
        boolean[] reaches = fixed.clone();
        Deque<Integer> queue = new ArrayDeque<>();
        for (int s = 0; s < n; s++) {
            if (fixed[s]) {
                queue.add(s);
            }
        }
        while (!queue.isEmpty()) {
            int target = queue.poll();
            for (int s = 0; s < n; s++) {
                if (!reaches[s] && chain.p[s][target] > 0) {
                    reaches[s] = true;
                    queue.add(s);
                }
            }
        }
        return reaches;
    }

    /** Solves {@code (I − γP) V = r} over the states not {@code fixed}; fixed states get 0. */
    private static double[] solve(Chain chain, double gamma, boolean[] fixed) {
        int n = chain.r.length;
        int[] index = new int[n];
        int m = 0;
        for (int s = 0; s < n; s++) {
            index[s] = fixed[s] ? -1 : m++;
        }
        double[][] a = new double[m][m];
        double[] b = new double[m];
        for (int s = 0; s < n; s++) {
            if (index[s] < 0) {
                continue;
            }
            int i = index[s];
            b[i] = chain.r[s];
            a[i][i] = 1.0;
            for (int t = 0; t < n; t++) {
                if (index[t] >= 0) {
                    a[i][index[t]] -= gamma * chain.p[s][t];
                }
            }
        }
        double[] x = LinearSolver.solve(a, b);
        double[] v = new double[n];
        for (int s = 0; s < n; s++) {
            v[s] = index[s] < 0 ? 0.0 : x[index[s]];
        }
        return v;
    }

    // ---- improvement and control ----

    /** {@link #policyImprovement(TabularModel, double[], double, RewardMode)} in MEAN mode. */
    public static int[] policyImprovement(TabularModel model, double[] values, double gamma) {
        return policyImprovement(model, values, gamma, RewardMode.MEAN);
    }

    /** The greedy policy of {@code values}: {@code argmax_a Σ_s' T[s,a,s']·(R[s,a,s'] + γ·V[s'])}. */
    public static int[] policyImprovement(TabularModel model, double[] values, double gamma, RewardMode mode) {
        checkGamma(gamma);
        return greedy(qValues(Mdp.of(model, mode), checkValues(model, values), gamma));
    }

    /** {@code Q[s][a] = Σ_s' T[s,a,s']·(R[s,a,s'] + γ·V[s'])} in the given reward mode. */
    public static double[][] qValues(TabularModel model, double[] values, double gamma, RewardMode mode) {
        checkGamma(gamma);
        return qValues(Mdp.of(model, mode), checkValues(model, values), gamma);
    }

    /** {@link #policyIteration(TabularModel, double, int, RewardMode)} in MEAN mode. */
    public static int[] policyIteration(TabularModel model, double gamma, int maxIter) {
        return policyIteration(model, gamma, maxIter, RewardMode.MEAN);
    }

    /**
     * Policy iteration: from the all-0 policy, evaluate
     * exactly and improve until the policy is stable; after {@code maxIter} rounds, logs and returns
     * the current policy.
     */
    public static int[] policyIteration(TabularModel model, double gamma, int maxIter, RewardMode mode) {
        checkGamma(gamma);
        Mdp mdp = Mdp.of(model, mode);
        int[] pi = new int[model.numStates()];
        for (int it = 0; it < maxIter; it++) {
            double[] v = evaluate(model, Chain.of(mdp, oneHot(model, pi)), gamma);
            int[] improved = greedy(qValues(mdp, v, gamma));
            if (Arrays.equals(improved, pi)) {
                return pi;
            }
            pi = improved;
        }
        LOG.warn("policy iteration did not stabilise in {} iterations", maxIter);
        return pi;
    }

    /** {@link #valueIteration(TabularModel, double, double, int, RewardMode)} with at most 100 000 sweeps, MEAN mode. */
    public static DpSolution valueIteration(TabularModel model, double gamma, double eps) {
        return valueIteration(model, gamma, eps, 100_000, RewardMode.MEAN);
    }

    /**
     * Value iteration: from V = 0, {@code V[s] ← max_a Q[s,a]} until {@code max_s |ΔV| < eps}; returns
     * the last values and their greedy policy (logs a warning after {@code maxIter} sweeps).
     */
    public static DpSolution valueIteration(
            TabularModel model, double gamma, double eps, int maxIter, RewardMode mode) {
        checkGamma(gamma);
        if (!(eps > 0) || maxIter <= 0) {
            throw new IllegalArgumentException(
                    "eps=" + eps + ", maxIter=" + maxIter + ": expected eps > 0 and maxIter > 0");
        }
        Mdp mdp = Mdp.of(model, mode);
        double[] v = new double[model.numStates()];
        for (int it = 1; it <= maxIter; it++) {
            double[][] q = qValues(mdp, v, gamma);
            double delta = 0;
            double[] next = new double[v.length];
            for (int s = 0; s < v.length; s++) {
                next[s] = q[s][0];
                for (double x : q[s]) {
                    next[s] = Math.max(next[s], x);
                }
                delta = Math.max(delta, Math.abs(next[s] - v[s]));
            }
            v = next;
            if (delta < eps) {
                return new DpSolution(v, greedy(qValues(mdp, v, gamma)), it);
            }
        }
        LOG.warn("value iteration failed to converge to eps={} in {} iterations", eps, maxIter);
        return new DpSolution(v, greedy(qValues(mdp, v, gamma)), maxIter);
    }

    // ---- internals ----

    /** T and the expected reward {@code r[s][a] = Σ_s' T·R} of a model in one reward mode. */
    private record Mdp(double[][][] t, double[][] r) {
        static Mdp of(TabularModel model, RewardMode mode) {
            double[][][] t = model.transitionTensor();
            double[][][] rewards = model.rewardTensor(mode);
            double[][] r = new double[t.length][];
            for (int s = 0; s < t.length; s++) {
                r[s] = new double[t[s].length];
                for (int a = 0; a < t[s].length; a++) {
                    r[s][a] = dot(t[s][a], rewards[s][a]);
                }
            }
            return new Mdp(t, r);
        }
    }

    /** The Markov chain of a policy: {@code P_π[s][s']} and the expected reward {@code r_π[s]}. */
    private record Chain(double[][] p, double[] r) {
        static Chain of(Mdp mdp, double[][] pi) {
            int n = mdp.t.length;
            double[][] p = new double[n][n];
            double[] r = new double[n];
            for (int s = 0; s < n; s++) {
                for (int a = 0; a < pi[s].length; a++) {
                    double w = pi[s][a];
                    if (w == 0) {
                        continue;
                    }
                    r[s] += w * mdp.r[s][a];
                    double[] row = mdp.t[s][a];
                    for (int next = 0; next < n; next++) {
                        p[s][next] += w * row[next];
                    }
                }
            }
            return new Chain(p, r);
        }
    }

    private static double[][] qValues(Mdp mdp, double[] v, double gamma) {
        double[][] q = new double[mdp.t.length][];
        for (int s = 0; s < q.length; s++) {
            q[s] = new double[mdp.t[s].length];
            for (int a = 0; a < q[s].length; a++) {
                q[s][a] = mdp.r[s][a] + gamma * dot(mdp.t[s][a], v);
            }
        }
        return q;
    }

    private static int[] greedy(double[][] q) {
        int[] pi = new int[q.length];
        for (int s = 0; s < q.length; s++) {
            double best = q[s][0];
            for (double x : q[s]) {
                best = Math.max(best, x);
            }
            double tol = TIE * Math.max(1.0, Math.abs(best));
            int a = 0;
            while (q[s][a] < best - tol) {
                a++;
            }
            pi[s] = a;
        }
        return pi;
    }

    private static double dot(double[] x, double[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return sum;
    }

    private static double[][] oneHot(TabularModel model, int[] pi) {
        if (pi.length != model.numStates()) {
            throw new IllegalArgumentException(
                    "policy of length " + pi.length + " for " + model + ": expected " + model.numStates());
        }
        double[][] p = new double[pi.length][model.numActions()];
        for (int s = 0; s < pi.length; s++) {
            if (pi[s] < 0 || pi[s] >= model.numActions()) {
                throw new IllegalArgumentException(
                        "policy action " + pi[s] + " in state " + s + ": expected 0 <= a < " + model.numActions());
            }
            p[s][pi[s]] = 1.0;
        }
        return p;
    }

    private static double[][] checkPolicy(TabularModel model, double[][] pi) {
        if (pi.length != model.numStates()) {
            throw new IllegalArgumentException(
                    "policy with " + pi.length + " rows for " + model + ": expected " + model.numStates());
        }
        for (int s = 0; s < pi.length; s++) {
            if (pi[s].length != model.numActions()) {
                throw new IllegalArgumentException(
                        "policy row " + s + " has " + pi[s].length + " entries: expected " + model.numActions());
            }
            double sum = 0;
            for (double w : pi[s]) {
                if (!(w >= 0)) {
                    throw new IllegalArgumentException(
                            "policy row " + s + " " + Arrays.toString(pi[s]) + ": expected probabilities >= 0");
                }
                sum += w;
            }
            if (Math.abs(sum - 1) > 1e-9) {
                throw new IllegalArgumentException(
                        "policy row " + s + " " + Arrays.toString(pi[s]) + " sums to " + sum + ": expected 1");
            }
        }
        return pi;
    }

    private static double[] checkValues(TabularModel model, double[] values) {
        if (values.length != model.numStates()) {
            throw new IllegalArgumentException(
                    "value function of length " + values.length + " for " + model + ": expected " + model.numStates());
        }
        return values;
    }

    private static void checkGamma(double gamma) {
        if (!(gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("gamma=" + gamma + ": expected 0 <= gamma <= 1");
        }
    }
}
