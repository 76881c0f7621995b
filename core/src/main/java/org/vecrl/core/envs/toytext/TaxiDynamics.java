package org.vecrl.core.envs.toytext;

import java.util.List;
import org.vecrl.core.envs.tabular.Transition;

/**
 * Taxi's outcome lists, ported from Gymnasium 1.3's {@code TaxiEnv._build_dry_transitions} and
 * {@code _build_rainy_transitions}. Every state moves as Gymnasium's does, including the 100 with
 * the passenger already at the destination (an episode never steps from them).
 *
 * @param rainy            whether moves may drift to the sides
 * @param rainyProbability the probability of the intended move when rainy; each side gets half the rest
 */
record TaxiDynamics(boolean rainy, double rainyProbability) {
    private static final int MAX = 4;
    private static final int PICKUP = 4;
    private static final int DROPOFF = 5;
    /** Per move action (south, north, east, west): the intended, left and right {dRow, dCol}. */
    private static final int[][][] RAINY_MOVES = {
        {{1, 0}, {0, 1}, {0, -1}},
        {{-1, 0}, {0, -1}, {0, 1}},
        {{0, 1}, {-1, 0}, {1, 0}},
        {{0, -1}, {1, 0}, {-1, 0}}
    };

    TaxiDynamics {
        if (!(rainyProbability >= 0 && rainyProbability <= 1)) {
            throw new IllegalArgumentException(
                    "rainy_probability=" + rainyProbability + ": expected a probability in [0, 1]");
        }
    }

    /** The outcomes of {@code action} in {@code state}. */
    List<Transition> outcomes(int state, int action) {
        int[] d = Taxi.decode(state);
        int row = d[0];
        int col = d[1];
        int pass = d[2];
        int dest = d[3];
        if (action == PICKUP) {
            boolean legal = pass < 4 && standAt(row, col) == pass;
            return List.of(new Transition(1.0, Taxi.encode(row, col, legal ? 4 : pass, dest), legal ? -1 : -10, false));
        }
        if (action == DROPOFF) {
            int stand = standAt(row, col);
            if (pass == 4 && stand == dest) {
                return List.of(new Transition(1.0, Taxi.encode(row, col, dest, dest), 20, true));
            }
            boolean legal = pass == 4 && stand >= 0;
            return List.of(
                    new Transition(1.0, Taxi.encode(row, col, legal ? stand : pass, dest), legal ? -1 : -10, false));
        }
        return rainy
                ? rainyMove(row, col, pass, dest, action)
                : List.of(new Transition(
                        1.0, Taxi.encode(dryRow(row, action), dryCol(row, col, action), pass, dest), -1, false));
    }

    private static int dryRow(int row, int action) {
        return action == 0 ? Math.min(row + 1, MAX) : action == 1 ? Math.max(row - 1, 0) : row;
    }

    private static int dryCol(int row, int col, int action) {
        if (action == 2 && wallChar(row, 2 * col + 2) == ':') {
            return Math.min(col + 1, MAX);
        }
        if (action == 3 && wallChar(row, 2 * col) == ':') {
            return Math.max(col - 1, 0);
        }
        return col;
    }

    /** The intended move and the two sideways ones; none of them happens when the intended one is blocked. */
    private List<Transition> rainyMove(int row, int col, int pass, int dest, int action) {
        boolean possible = dryRow(row, action) != row || dryCol(row, col, action) != col;
        int[] intended = possible ? new int[] {dryRow(row, action), dryCol(row, col, action)} : new int[] {row, col};
        int[] left = possible ? sideways(row, col, RAINY_MOVES[action][1]) : intended;
        int[] right = possible ? sideways(row, col, RAINY_MOVES[action][2]) : intended;
        double lateral = (1.0 - rainyProbability) / 2.0;
        return List.of(
                new Transition(rainyProbability, Taxi.encode(intended[0], intended[1], pass, dest), -1, false),
                new Transition(lateral, Taxi.encode(left[0], left[1], pass, dest), -1, false),
                new Transition(lateral, Taxi.encode(right[0], right[1], pass, dest), -1, false));
    }

    /** Gymnasium's {@code _calc_new_position}: a clamped move that a wall on the new cell's side blocks. */
    private static int[] sideways(int row, int col, int[] move) {
        int newRow = Math.max(0, Math.min(row + move[0], MAX));
        int newCol = Math.max(0, Math.min(col + move[1], MAX));
        if (move[1] == 1 && wallChar(newRow, 2 * newCol) != ':'
                || move[1] == -1 && wallChar(newRow, 2 * newCol + 2) != ':') {
            return new int[] {row, col};
        }
        return new int[] {newRow, newCol};
    }

    private static char wallChar(int row, int index) {
        return Taxi.MAP.get(row + 1).charAt(index);
    }

    /** The index of the stand at (row, col), or −1. */
    static int standAt(int row, int col) {
        for (int i = 0; i < Taxi.LOCS.length; i++) {
            if (Taxi.LOCS[i][0] == row && Taxi.LOCS[i][1] == col) {
                return i;
            }
        }
        return -1;
    }
}
