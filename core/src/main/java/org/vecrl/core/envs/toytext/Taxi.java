package org.vecrl.core.envs.toytext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.vecrl.core.envs.tabular.Ansi;
import org.vecrl.core.envs.tabular.TableModel;
import org.vecrl.core.envs.tabular.Transition;

/**
 * Gymnasium's {@code Taxi} (v3 dynamics): a taxi on a 5×5 grid with walls picks a passenger up at
 * one of the four stands R, G, Y, B and drops them at a destination stand. State
 * {@code ((row·5 + col)·5 + passLoc)·4 + destIdx} (passLoc 4 = in the taxi); actions 0 south,
 * 1 north, 2 east, 3 west, 4 pickup, 5 drop-off. Every step gives −1, an illegal pickup or
 * drop-off −10, the right drop-off +20 and ends the episode (states with the passenger at their
 * destination are terminal and absorbing in the model). Episodes start uniformly in one of the 300
 * states with the passenger waiting at a stand other than the destination. Infos carry
 * {@code "prob"} and {@code "action_mask"} (a byte[6] of the actions that change the state).
 */
public final class Taxi extends ToyTextEnv {
    /** Number of states. */
    public static final int NUM_STATES = 500;
    /** The map (walls are '|', passable boundaries ':'). */
    public static final List<String> MAP = List.of(
            "+---------+",
            "|R: | : :G|",
            "| : | : : |",
            "| : : : : |",
            "| | : | : |",
            "|Y| : |B: |",
            "+---------+");
    /** Row and column of the stands R, G, Y, B. */
    static final int[][] LOCS = {{0, 0}, {0, 4}, {4, 0}, {4, 3}};
    private static final int SIZE = 5;
    private static final List<String> ACTION_NAMES = List.of("South", "North", "East", "West", "Pickup", "Dropoff");

    public Taxi(String renderMode) {
        super(new TaxiModel(), renderMode);
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
        mask[4] = (byte) (d[2] < 4 && standAt(row, col) == d[2] ? 1 : 0);
        mask[5] = (byte) (d[2] == 4 && standAt(row, col) >= 0 ? 1 : 0);
        return mask;
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
            out.add(new ArrayList<>(line.chars().mapToObj(c -> String.valueOf((char) c)).toList()));
        }
        int[] d = decode(state());
        int taxiRow = d[0] + 1;
        int taxiCol = 2 * d[1] + 1;
        if (d[2] < 4) {
            out.get(taxiRow).set(taxiCol, Ansi.colorize(out.get(taxiRow).get(taxiCol), "yellow", false, true));
            int[] p = LOCS[d[2]];
            out.get(1 + p[0]).set(2 * p[1] + 1, Ansi.colorize(out.get(1 + p[0]).get(2 * p[1] + 1), "blue", true, false));
        } else {
            String cell = out.get(taxiRow).get(taxiCol);
            out.get(taxiRow).set(taxiCol, Ansi.colorize(cell.equals(" ") ? "_" : cell, "green", false, true));
        }
        int[] dest = LOCS[d[3]];
        out.get(1 + dest[0]).set(2 * dest[1] + 1, Ansi.colorize(out.get(1 + dest[0]).get(2 * dest[1] + 1), "magenta", false, false));
        StringBuilder sb = new StringBuilder();
        for (List<String> line : out) {
            sb.append(String.join("", line)).append('\n');
        }
        sb.append(lastAction() >= 0 ? "  (" + ACTION_NAMES.get(lastAction()) + ")\n" : "\n");
        return sb.toString();
    }

    private static int standAt(int row, int col) {
        for (int i = 0; i < LOCS.length; i++) {
            if (LOCS[i][0] == row && LOCS[i][1] == col) {
                return i;
            }
        }
        return -1;
    }

    /** Taxi's transition table. */
    private static final class TaxiModel extends TableModel {
        TaxiModel() {
            super(NUM_STATES, 6, initial(), terminal(), TaxiModel::outcomes);
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

        private static List<Transition> outcomes(int s, int a) {
            int[] d = decode(s);
            int row = d[0];
            int col = d[1];
            int pass = d[2];
            int dest = d[3];
            if (pass == dest) {
                return List.of(new Transition(1.0, s, 0.0, true));
            }
            double reward = -1;
            boolean terminated = false;
            switch (a) {
                case 0 -> row = Math.min(row + 1, SIZE - 1);
                case 1 -> row = Math.max(row - 1, 0);
                case 2 -> col = MAP.get(row + 1).charAt(2 * col + 2) == ':' ? Math.min(col + 1, SIZE - 1) : col;
                case 3 -> col = MAP.get(row + 1).charAt(2 * col) == ':' ? Math.max(col - 1, 0) : col;
                case 4 -> {
                    if (pass < 4 && standAt(row, col) == pass) {
                        pass = 4;
                    } else {
                        reward = -10;
                    }
                }
                default -> {
                    int stand = standAt(row, col);
                    if (pass == 4 && stand == dest) {
                        pass = dest;
                        terminated = true;
                        reward = 20;
                    } else if (pass == 4 && stand >= 0) {
                        pass = stand;
                    } else {
                        reward = -10;
                    }
                }
            }
            return List.of(new Transition(1.0, encode(row, col, pass, dest), reward, terminated));
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
