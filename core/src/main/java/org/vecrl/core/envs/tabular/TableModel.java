package org.vecrl.core.envs.tabular;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link TabularModel} whose outcome lists are computed once at construction from a
 * {@link Dynamics} function and checked (probabilities sum to 1, next states in range, an outcome
 * of a non-terminal state is {@code terminated} exactly when its next state is terminal). The dense
 * tensors are built on first use and cached, with terminal states absorbing at reward 0; callers get copies.
 */
public class TableModel implements TabularModel {

    /** The outcomes of one state-action pair (the same next state may appear more than once). */
    @FunctionalInterface
    public interface Dynamics {
        List<Transition> outcomes(int state, int action);
    }

    private static final double PROB_TOLERANCE = 1e-9;

    private final int numStates;
    private final int numActions;
    private final double[] initial;
    private final Set<Integer> terminal;
    private final List<List<List<Transition>>> table;
    private double[][][] transitionTensor;
    private final Map<RewardMode, double[][][]> rewardTensors = new EnumMap<>(RewardMode.class);

    /** A model that always starts in {@code start}. */
    public TableModel(int numStates, int numActions, int start, Set<Integer> terminal, Dynamics dynamics) {
        this(numStates, numActions, oneHot(numStates, start), terminal, dynamics);
    }

    /** A model that starts in state s with probability {@code initial[s]}. */
    public TableModel(int numStates, int numActions, double[] initial, Set<Integer> terminal, Dynamics dynamics) {
        if (numStates <= 0 || numActions <= 0) {
            throw new IllegalArgumentException("model with " + numStates + " states and " + numActions
                    + " actions: expected at least one of each");
        }
        this.numStates = numStates;
        this.numActions = numActions;
        this.initial = checkDistribution(initial.clone(), numStates, "initial state distribution");
        for (int s : terminal) {
            checkState(s, "terminal state");
        }
        this.terminal = Collections.unmodifiableSet(new TreeSet<>(terminal));
        List<List<List<Transition>>> rows = new ArrayList<>(numStates);
        for (int s = 0; s < numStates; s++) {
            List<List<Transition>> row = new ArrayList<>(numActions);
            for (int a = 0; a < numActions; a++) {
                row.add(checkOutcomes(s, a, dynamics.outcomes(s, a)));
            }
            rows.add(Collections.unmodifiableList(row));
        }
        this.table = Collections.unmodifiableList(rows);
    }

    @Override
    public final int numStates() {
        return numStates;
    }

    @Override
    public final int numActions() {
        return numActions;
    }

    @Override
    public final List<Transition> transitions(int state, int action) {
        checkState(state, "state");
        if (action < 0 || action >= numActions) {
            throw new IllegalArgumentException("action " + action + ": expected 0 <= a < " + numActions);
        }
        return table.get(state).get(action);
    }

    @Override
    public final double[] initialDistribution() {
        return initial.clone();
    }

    @Override
    public final Set<Integer> terminalStates() {
        return terminal;
    }

    @Override
    public final synchronized double[][][] transitionTensor() {
        if (transitionTensor == null) {
            transitionTensor = new double[numStates][numActions][numStates];
            forEachOutcome((s, a, t) -> transitionTensor[s][a][t.nextState()] += t.prob());
        }
        return deepCopy(transitionTensor);
    }

    @Override
    public final synchronized double[][][] rewardTensor(RewardMode mode) {
        double[][][] r = rewardTensors.get(mode);
        if (r == null) {
            double[][][] rewards = new double[numStates][numActions][numStates];
            if (mode == RewardMode.SUM) {
                forEachOutcome((s, a, t) -> rewards[s][a][t.nextState()] += t.reward());
            } else {
                double[][][] tensor = transitionTensor();
                forEachOutcome((s, a, t) -> rewards[s][a][t.nextState()] += t.prob() * t.reward());
                for (int s = 0; s < numStates; s++) {
                    for (int a = 0; a < numActions; a++) {
                        for (int next = 0; next < numStates; next++) {
                            double p = tensor[s][a][next];
                            rewards[s][a][next] = p > 0 ? rewards[s][a][next] / p : 0.0;
                        }
                    }
                }
            }
            r = rewards;
            rewardTensors.put(mode, r);
        }
        return deepCopy(r);
    }

    private interface OutcomeVisitor {
        void visit(int state, int action, Transition t);
    }

    /** Visits every outcome, with each terminal state's outcomes replaced by one absorbing step at reward 0. */
    private void forEachOutcome(OutcomeVisitor visitor) {
        for (int s = 0; s < numStates; s++) {
            List<Transition> absorbing = List.of(new Transition(1.0, s, 0.0, true));
            for (int a = 0; a < numActions; a++) {
                for (Transition t :
                        terminal.contains(s) ? absorbing : table.get(s).get(a)) {
                    visitor.visit(s, a, t);
                }
            }
        }
    }

    private List<Transition> checkOutcomes(int s, int a, List<Transition> outcomes) {
        if (outcomes == null || outcomes.isEmpty()) {
            throw new IllegalArgumentException("dynamics(" + s + ", " + a + ") has no outcomes: expected at least one");
        }
        double total = 0;
        for (Transition t : outcomes) {
            if (t.nextState() >= numStates) {
                throw new IllegalArgumentException("dynamics(" + s + ", " + a + ") leads to state " + t.nextState()
                        + ": expected 0 <= s' < " + numStates);
            }
            if (!terminal.contains(s) && t.terminated() != terminal.contains(t.nextState())) {
                throw new IllegalArgumentException("dynamics(" + s + ", " + a + ") outcome " + t + " has terminated="
                        + t.terminated() + ": expected " + !t.terminated() + " since state " + t.nextState()
                        + (t.terminated() ? " is not" : " is") + " terminal");
            }
            total += t.prob();
        }
        if (Math.abs(total - 1.0) > PROB_TOLERANCE) {
            throw new IllegalArgumentException(
                    "dynamics(" + s + ", " + a + ") probabilities sum to " + total + ": expected 1");
        }
        return List.copyOf(outcomes);
    }

    private double[] checkDistribution(double[] p, int n, String what) {
        if (p.length != n) {
            throw new IllegalArgumentException(what + " has length " + p.length + ": expected " + n);
        }
        double total = 0;
        for (double x : p) {
            if (!(x >= 0)) {
                throw new IllegalArgumentException(
                        what + " " + Arrays.toString(p) + " has entry " + x + ": expected >= 0");
            }
            total += x;
        }
        if (Math.abs(total - 1.0) > PROB_TOLERANCE) {
            throw new IllegalArgumentException(what + " sums to " + total + ": expected 1");
        }
        return p;
    }

    private void checkState(int s, String what) {
        if (s < 0 || s >= numStates) {
            throw new IllegalArgumentException(what + " " + s + ": expected 0 <= s < " + numStates);
        }
    }

    private static double[] oneHot(int n, int index) {
        if (index < 0 || index >= n) {
            throw new IllegalArgumentException("start state " + index + ": expected 0 <= s < " + n);
        }
        double[] p = new double[n];
        p[index] = 1.0;
        return p;
    }

    private static double[][][] deepCopy(double[][][] x) {
        double[][][] copy = new double[x.length][][];
        for (int i = 0; i < x.length; i++) {
            copy[i] = new double[x[i].length][];
            for (int j = 0; j < x[i].length; j++) {
                copy[i][j] = x[i][j].clone();
            }
        }
        return copy;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + numStates + " states, " + numActions + " actions)";
    }
}
