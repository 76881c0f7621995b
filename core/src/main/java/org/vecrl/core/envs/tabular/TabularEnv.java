package org.vecrl.core.envs.tabular;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import java.util.random.RandomGenerator;
import org.vecrl.core.env.AbstractEnv;
import org.vecrl.core.env.Reset;
import org.vecrl.core.env.Step;
import org.vecrl.core.spaces.Discrete;
import org.vecrl.core.spaces.Space;
import org.vecrl.core.state.StateStore;

/**
 * An environment that samples a {@link TabularModel}:
 * {@code reset} puts the agent in the start state, {@code step(a)} draws one outcome of
 * {@code transitions(state, a)} with the env generator (one categorical draw) and returns its raw
 * reward, its {@code terminated} flag (= the next state is terminal, for a step from a non-terminal
 * state) and info {@code {"model": model}}. Observation and action
 * spaces are {@link Discrete}. The env is also its model, so DP can run on {@code env.unwrapped()}.
 * Renders in "ansi" mode as the grid with the agent's cell highlighted, for grid models.
 */
public class TabularEnv extends AbstractEnv<Integer, Integer> implements TabularModel {
    private final TabularModel model;
    private final Discrete observationSpace;
    private final Discrete actionSpace;
    private final double[] initial;
    private final int fixedStart;
    private final Map<String, Object> modelInfo;
    private int state = -1;
    private int lastAction = -1;

    public TabularEnv(TabularModel model) {
        this(model, null);
    }

    public TabularEnv(TabularModel model, String renderMode) {
        super(renderMode);
        if (model == null) {
            throw new IllegalArgumentException("model is null: expected a TabularModel");
        }
        this.model = model;
        this.observationSpace = new Discrete(model.numStates());
        this.actionSpace = new Discrete(model.numActions());
        this.initial = model.initialDistribution();
        this.fixedStart = fixedStart(initial);
        this.modelInfo = Map.of("model", model);
    }

    /** The model this env samples. */
    public TabularModel model() {
        return model;
    }

    /** The current state, or −1 before the first reset. */
    public int state() {
        return state;
    }

    /** The last action taken in this episode, or −1 right after a reset. */
    public int lastAction() {
        return lastAction;
    }

    @Override
    protected boolean savesState() {
        return true;
    }

    /** Saves the current state and the last action. */
    @Override
    protected void saveEnvState(StateStore out, String prefix) {
        out.putInts(prefix + "state", new int[] {state, lastAction});
    }

    @Override
    protected void restoreEnvState(StateStore in, String prefix) {
        int[] v = new int[2];
        in.readInts(prefix + "state", v);
        state = v[0];
        lastAction = v[1];
    }

    @Override
    public Space<Integer> actionSpace() {
        return actionSpace;
    }

    @Override
    public Space<Integer> observationSpace() {
        return observationSpace;
    }

    @Override
    public List<String> renderModes() {
        return List.of("ansi");
    }

    @Override
    public Reset<Integer> reset(Long seed, Map<String, Object> options) {
        seed(seed);
        state = fixedStart >= 0 ? fixedStart : categorical(initial.length, i -> initial[i], rng());
        lastAction = -1;
        return new Reset<>(state, resetInfo());
    }

    @Override
    public Step<Integer> step(Integer action) {
        actionSpace.check(action, "action");
        if (state < 0) {
            throw new IllegalStateException("step() called before reset() on " + this + ": call reset() first");
        }
        List<Transition> outcomes = model.transitions(state, action);
        Transition t = outcomes.size() == 1
                ? outcomes.get(0)
                : outcomes.get(categorical(outcomes.size(), i -> outcomes.get(i).prob(), rng()));
        state = nextState(state, t);
        lastAction = action;
        return new Step<>(state, t.reward(), t.terminated(), false, stepInfo(t));
    }

    /**
     * The state {@code step} moves to from {@code from} after drawing outcome {@code t}: its next
     * state. Subclasses with dynamics outside the table (Taxi's fickle passenger) override it.
     */
    protected int nextState(int from, Transition t) {
        return t.nextState();
    }

    /** The info map of {@code reset}: empty by default. */
    protected Map<String, Object> resetInfo() {
        return Map.of();
    }

    /** The info map of {@code step} after outcome {@code t}: {@code {"model": model}} by default. */
    protected Map<String, Object> stepInfo(Transition t) {
        return modelInfo;
    }

    @Override
    public Object render() {
        if (renderMode == null) {
            return null;
        }
        if (state < 0) {
            throw new IllegalStateException("render() called before reset() on " + this + ": call reset() first");
        }
        return renderText();
    }

    /**
     * The "ansi" render: for grid models, the last action in parentheses (or an empty line) and
     * the map with the agent's cell highlighted in red, as Gymnasium's FrozenLake; otherwise the state.
     */
    protected String renderText() {
        Optional<GridLayout> grid = grid();
        if (grid.isEmpty()) {
            return "state " + state + (lastAction >= 0 ? " (" + actionNames().get(lastAction) + ")" : "") + "\n";
        }
        GridLayout g = grid.get();
        StringBuilder sb = new StringBuilder();
        if (lastAction >= 0) {
            String name = actionNames().get(lastAction);
            sb.append("  (")
                    .append(name.substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(name.substring(1))
                    .append(")\n");
        } else {
            sb.append('\n');
        }
        for (int r = 0; r < g.numRows(); r++) {
            for (int c = 0; c < g.numCols(); c++) {
                String cell = String.valueOf(g.rows().get(r).charAt(c));
                sb.append(r * g.numCols() + c == state ? Ansi.colorize(cell, "red", false, true) : cell);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Draws an index in [0, n) with probability {@code prob(i)}: the first whose cumulative sum
     * exceeds one uniform draw (NumPy's {@code argmax(cumsum > u)}).
     */
    static int categorical(int n, IntToDoubleFunction prob, RandomGenerator rng) {
        double u = rng.nextDouble();
        double cumulative = 0;
        int last = 0;
        for (int i = 0; i < n; i++) {
            double p = prob.applyAsDouble(i);
            if (p > 0) {
                cumulative += p;
                last = i;
                if (cumulative > u) {
                    return i;
                }
            }
        }
        return last;
    }

    private static int fixedStart(double[] initial) {
        for (int s = 0; s < initial.length; s++) {
            if (initial[s] == 1.0) {
                return s;
            }
        }
        return -1;
    }

    @Override
    public int numStates() {
        return model.numStates();
    }

    @Override
    public int numActions() {
        return model.numActions();
    }

    @Override
    public List<Transition> transitions(int s, int a) {
        return model.transitions(s, a);
    }

    @Override
    public double[] initialDistribution() {
        return initial.clone();
    }

    @Override
    public Set<Integer> terminalStates() {
        return model.terminalStates();
    }

    @Override
    public double[][][] transitionTensor() {
        return model.transitionTensor();
    }

    @Override
    public double[][][] rewardTensor(RewardMode mode) {
        return model.rewardTensor(mode);
    }

    @Override
    public List<String> actionNames() {
        return model.actionNames();
    }

    @Override
    public Optional<GridLayout> grid() {
        return model.grid();
    }
}
