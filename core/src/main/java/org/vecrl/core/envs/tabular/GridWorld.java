package org.vecrl.core.envs.tabular;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A grid world read from an ASCII map: {@code S} start,
 * {@code G} goal and {@code T} trap (terminal, entering gives {@code goalReward} / {@code trapReward}),
 * {@code C} cliff (entering gives {@code cliffReward} and sends the agent back to the start, not
 * terminal), {@code #} wall (moving into it stays put), {@code .} floor. Rows are separated by
 * {@code /} or newlines; spaces around rows are ignored. {@code state = row·cols + col}; actions
 * 0 up, 1 right, 2 down, 3 left. The chosen direction happens with probability
 * {@code 1 − slipperiness}, each other one with {@code slipperiness / 3}. Every other move, and a
 * move off the grid or into a wall, gives {@code stepReward}. Terminal and wall cells are absorbing
 * with reward 0.
 */
public class GridWorld extends GridModel {
    private static final List<Direction> ACTIONS =
            List.of(Direction.UP, Direction.RIGHT, Direction.DOWN, Direction.LEFT);
    private static final String CELLS = "SGTC#.";

    /** A grid world with step reward 0, goal +1, trap −1, cliff −100 and no slip. */
    public GridWorld(String asciiMap) {
        this(asciiMap, 0.0, 1.0, -1.0, -100.0, 0.0);
    }

    public GridWorld(
            String asciiMap,
            double stepReward,
            double goalReward,
            double trapReward,
            double cliffReward,
            double slipperiness) {
        this(parse(asciiMap), new Rewards(stepReward, goalReward, trapReward, cliffReward), slipperiness);
    }

    private GridWorld(GridLayout layout, Rewards rewards, double slipperiness) {
        super(
                layout,
                startOf(layout),
                terminalsOf(layout),
                (s, a) -> outcomes(layout, rewards, checkSlipperiness(slipperiness), s, a));
    }

    private record Rewards(double step, double goal, double trap, double cliff) {}

    /**
     * Parses a map into its rows.
     *
     * @throws IllegalArgumentException naming the bad character or row and what was expected
     */
    public static GridLayout parse(String asciiMap) {
        if (asciiMap == null || asciiMap.isBlank()) {
            throw new IllegalArgumentException(
                    "grid map is empty: expected rows of " + CELLS + " separated by '/' or newlines");
        }
        List<String> rows =
                Arrays.stream(asciiMap.split("[/\\n]")).map(String::strip).toList();
        int starts = 0;
        for (int r = 0; r < rows.size(); r++) {
            String row = rows.get(r);
            if (row.length() != rows.get(0).length()) {
                throw new IllegalArgumentException("grid map row " + r + " '" + row + "' has " + row.length()
                        + " cells: expected " + rows.get(0).length() + " like row 0");
            }
            for (int c = 0; c < row.length(); c++) {
                char ch = row.charAt(c);
                if (CELLS.indexOf(ch) < 0) {
                    throw new IllegalArgumentException("grid map row " + r + " '" + row + "' has '" + ch
                            + "' at column " + c + ": expected one of S G T C # .");
                }
                starts += ch == 'S' ? 1 : 0;
            }
        }
        if (starts != 1) {
            throw new IllegalArgumentException(
                    "grid map '" + asciiMap + "' has " + starts + " start cells 'S': expected exactly 1");
        }
        return new GridLayout(rows, ACTIONS);
    }

    private static int startOf(GridLayout layout) {
        int n = layout.numRows() * layout.numCols();
        for (int s = 0; s < n; s++) {
            if (layout.cell(s) == 'S') {
                return s;
            }
        }
        throw new IllegalStateException("parse() guarantees a start cell");
    }

    private static Set<Integer> terminalsOf(GridLayout layout) {
        Set<Integer> terminal = new TreeSet<>();
        for (int s = 0; s < layout.numRows() * layout.numCols(); s++) {
            if (isTerminalCell(layout.cell(s))) {
                terminal.add(s);
            }
        }
        return terminal;
    }

    private static boolean isTerminalCell(char cell) {
        return cell == 'G' || cell == 'T';
    }

    private static double checkSlipperiness(double slipperiness) {
        if (!(slipperiness >= 0 && slipperiness <= 1)) {
            throw new IllegalArgumentException("slipperiness " + slipperiness + ": expected 0 <= slipperiness <= 1");
        }
        return slipperiness;
    }

    private static List<Transition> outcomes(GridLayout layout, Rewards rewards, double slipperiness, int s, int a) {
        char here = layout.cell(s);
        if (isTerminalCell(here) || here == '#') {
            return List.of(new Transition(1.0, s, 0.0, isTerminalCell(here)));
        }
        int cols = layout.numCols();
        List<Transition> out = new ArrayList<>(ACTIONS.size());
        for (int d = 0; d < ACTIONS.size(); d++) {
            double prob = d == a ? 1.0 - slipperiness : slipperiness / (ACTIONS.size() - 1);
            if (prob == 0.0) {
                continue;
            }
            int row = s / cols + ACTIONS.get(d).dRow();
            int col = s % cols + ACTIONS.get(d).dCol();
            boolean blocked = row < 0
                    || row >= layout.numRows()
                    || col < 0
                    || col >= cols
                    || layout.cell(row * cols + col) == '#';
            int target = blocked ? s : row * cols + col;
            out.add(
                    switch (layout.cell(target)) {
                        case 'G' -> new Transition(prob, target, rewards.goal(), true);
                        case 'T' -> new Transition(prob, target, rewards.trap(), true);
                        case 'C' -> new Transition(prob, startOf(layout), rewards.cliff(), false);
                        default -> new Transition(prob, target, rewards.step(), false);
                    });
        }
        return out;
    }
}
