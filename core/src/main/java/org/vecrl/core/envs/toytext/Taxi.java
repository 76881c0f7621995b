package org.vecrl.core.envs.toytext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.vecrl.core.env.Reset;
import org.vecrl.core.envs.tabular.Ansi;
import org.vecrl.core.envs.tabular.TableModel;
import org.vecrl.core.envs.tabular.Transition;
import org.vecrl.core.state.StateStore;

/**
 * Gymnasium's {@code Taxi-v4}: a taxi on a 5×5 grid with walls picks a passenger up at one of the
 * four stands R, G, Y, B and drops them at a destination stand. State
 * {@code ((row·5 + col)·5 + passLoc)·4 + destIdx} (passLoc 4 = in the taxi); actions 0 south,
 * 1 north, 2 east, 3 west, 4 pickup, 5 drop-off. Every step gives −1, an illegal pickup or
 * drop-off −10, the right drop-off +20 and ends the episode: the 100 states with the passenger at
 * their destination are terminal (their outcome lists are Gymnasium's, which an episode never
 * samples; the model's tensors make them absorbing). Episodes start uniformly in one of the 300
 * states with the passenger waiting at a stand other than the destination. Infos carry
 * {@code "prob"} and {@code "action_mask"} (a byte[6] of the actions that change the state).
 *
 * <p>Options as Gymnasium 1.3's: {@code is_rainy} makes a move go as intended with
 * {@code rainy_probability} (0.8) and to each side with half the rest, unless the intended move is
 * blocked; {@code fickle_passenger} makes the passenger change to one of the other three
 * destinations, with {@code fickle_probability} (0.3) drawn at reset, on the first move of the
 * taxi with the passenger aboard. The draws use VecRL's generator, not NumPy's stream.
 */
public final class Taxi extends ToyTextEnv {
    /** Number of states. */
    public static final int NUM_STATES = 500;
    /** The map (walls are '|', passable boundaries ':'). */
    public static final List<String> MAP = List.of(
            "+---------+", "|R: | : :G|", "| : | : : |", "| : : : : |", "| | : | : |", "|Y| : |B: |", "+---------+");
    /** Row and column of the stands R, G, Y, B. */
    static final int[][] LOCS = {{0, 0}, {0, 4}, {4, 0}, {4, 3}};

    private static final int SIZE = 5;
    private static final List<String> ACTION_NAMES = List.of("South", "North", "East", "West", "Pickup", "Dropoff");

    private final boolean fickle;
    private final double fickleProbability;
    private boolean fickleStep;

    /**
     * @param renderMode        "ansi" or null
     * @param rainy             whether moves may drift sideways
     * @param rainyProbability  the probability of the intended move when rainy
     * @param fickle            whether the passenger may change destination once aboard
     * @param fickleProbability the probability that they do, drawn at each reset
     */
    public Taxi(String renderMode, boolean rainy, double rainyProbability, boolean fickle, double fickleProbability) {
        super(new TaxiModel(new TaxiDynamics(rainy, rainyProbability)), renderMode);
        if (!(fickleProbability >= 0 && fickleProbability <= 1)) {
            throw new IllegalArgumentException(
                    "fickle_probability=" + fickleProbability + ": expected a probability in [0, 1]");
        }
        this.fickle = fickle;
        this.fickleProbability = fickleProbability;
    }

    /** The dry, faithful taxi. */
    public Taxi(String renderMode) {
        this(renderMode, false, 0.8, false, 0.3);
    }

    public Taxi() {
        this(null);
    }

    /** The state of a taxi at (row, col), passenger at {@code passLoc} (4 = in taxi), destination {@code destIdx}. */
    public static int encode(int row, int col, int passLoc, int destIdx) {
        return ((row * SIZE + col) * SIZE + passLoc) * 4 + destIdx;
    }

    /** {row, col, passLoc, destIdx} of {@code state}. */
    public static int[] decode(int state) {
        int destIdx = state % 4;
        int passLoc = state / 4 % SIZE;
        int col = state / 20 % SIZE;
        int row = state / 100;
        return new int[] {row, col, passLoc, destIdx};
    }

    /** 1 for each action that changes the state of {@code state}, as Gymnasium's {@code action_mask}. */
    public static byte[] actionMask(int state) {
        int[] d = decode(state);
        int row = d[0];
        int col = d[1];
        byte[] mask = new byte[6];
        mask[0] = (byte) (row < SIZE - 1 ? 1 : 0);
        mask[1] = (byte) (row > 0 ? 1 : 0);
        mask[2] = (byte) (col < SIZE - 1 && MAP.get(row + 1).charAt(2 * col + 2) == ':' ? 1 : 0);
        mask[3] = (byte) (col > 0 && MAP.get(row + 1).charAt(2 * col) == ':' ? 1 : 0);
        mask[4] = (byte) (d[2] < 4 && TaxiDynamics.standAt(row, col) == d[2] ? 1 : 0);
        mask[5] = (byte) (d[2] == 4 && TaxiDynamics.standAt(row, col) >= 0 ? 1 : 0);
        return mask;
    }

    /** Resets as every tabular env, then (with a fickle passenger) draws whether this episode's passenger is fickle. */
    @Override
    public Reset<Integer> reset(Long seed, Map<String, Object> options) {
        Reset<Integer> reset = super.reset(seed, options);
        fickleStep = fickle && rng().nextDouble() < fickleProbability;
        return reset;
    }

    /** Saves the tabular state and whether the passenger may still change destination this episode. */
    @Override
    protected void saveEnvState(StateStore out, String prefix) {
        super.saveEnvState(out, prefix);
        out.putBooleans(prefix + "fickle_step", new boolean[] {fickleStep});
    }

    @Override
    protected void restoreEnvState(StateStore in, String prefix) {
        super.restoreEnvState(in, prefix);
        fickleStep = in.getBooleans(prefix + "fickle_step")[0];
    }

    /** Gymnasium's fickle passenger: on the first move with them aboard, a new destination among the other three. */
    @Override
    protected int nextState(int from, Transition t) {
        int next = t.nextState();
        int[] before = decode(from);
        int[] after = decode(next);
        if (!fickleStep || before[2] != 4 || before[0] == after[0] && before[1] == after[1]) {
            return next;
        }
        fickleStep = false;
        int other = rng().nextInt(3);
        return encode(after[0], after[1], after[2], other < before[3] ? other : other + 1);
    }

    @Override
    protected Map<String, Object> resetInfo() {
        return info(1.0);
    }

    @Override
    protected Map<String, Object> stepInfo(Transition t) {
        return info(t.prob());
    }

    private Map<String, Object> info(double prob) {
        Map<String, Object> info = new HashMap<>();
        info.put("prob", prob);
        info.put("action_mask", actionMask(state()));
        return Map.copyOf(info);
    }

    /** Gymnasium's text render: the map with the taxi, passenger and destination coloured, then the last action. */
    @Override
    protected String renderText() {
        List<List<String>> out = new ArrayList<>();
        for (String line : MAP) {
            out.add(new ArrayList<>(
                    line.chars().mapToObj(c -> String.valueOf((char) c)).toList()));
        }
        int[] d = decode(state());
        int taxiRow = d[0] + 1;
        int taxiCol = 2 * d[1] + 1;
        if (d[2] < 4) {
            out.get(taxiRow).set(taxiCol, Ansi.colorize(out.get(taxiRow).get(taxiCol), "yellow", false, true));
            int[] p = LOCS[d[2]];
            out.get(1 + p[0])
                    .set(2 * p[1] + 1, Ansi.colorize(out.get(1 + p[0]).get(2 * p[1] + 1), "blue", true, false));
        } else {
            String cell = out.get(taxiRow).get(taxiCol);
            out.get(taxiRow).set(taxiCol, Ansi.colorize(cell.equals(" ") ? "_" : cell, "green", false, true));
        }
        int[] dest = LOCS[d[3]];
        out.get(1 + dest[0])
                .set(
                        2 * dest[1] + 1,
                        Ansi.colorize(out.get(1 + dest[0]).get(2 * dest[1] + 1), "magenta", false, false));
        StringBuilder sb = new StringBuilder();
        for (List<String> line : out) {
            sb.append(String.join("", line)).append('\n');
        }
        sb.append(lastAction() >= 0 ? "  (" + ACTION_NAMES.get(lastAction()) + ")\n" : "\n");
        return sb.toString();
    }

    /** Taxi's transition table. */
    private static final class TaxiModel extends TableModel {
        TaxiModel(TaxiDynamics dynamics) {
            super(NUM_STATES, 6, initial(), terminal(), dynamics::outcomes);
        }

        private static double[] initial() {
            double[] p = new double[NUM_STATES];
            for (int s = 0; s < NUM_STATES; s++) {
                int[] d = decode(s);
                p[s] = d[2] < 4 && d[2] != d[3] ? 1.0 / 300 : 0.0;
            }
            return p;
        }

        private static Set<Integer> terminal() {
            Set<Integer> t = new TreeSet<>();
            for (int s = 0; s < NUM_STATES; s++) {
                int[] d = decode(s);
                if (d[2] == d[3]) {
                    t.add(s);
                }
            }
            return t;
        }

        @Override
        public List<String> actionNames() {
            return ACTION_NAMES;
        }

        @Override
        public String toString() {
            return "Taxi";
        }
    }
}
