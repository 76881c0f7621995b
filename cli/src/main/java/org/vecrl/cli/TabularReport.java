package org.vecrl.cli;

import java.util.Locale;
import java.util.Optional;
import org.vecrl.core.envs.tabular.Direction;
import org.vecrl.core.envs.tabular.GridLayout;
import org.vecrl.core.envs.tabular.TabularModel;
import org.vecrl.core.plot.GridHeatmap;

/**
 * Shows a policy and its values for {@code vecrl tabular}: as arrows and numbers on the grid for
 * grid models (walls {@code #}, cliffs {@code C} and terminal cells by their map letter), as a list
 * of states otherwise, and as a {@link GridHeatmap} (walls and cliffs, where the agent never
 * stays, in grey).
 */
final class TabularReport {
    private static final int LIST_WIDTH = 12;

    private final TabularModel model;
    private final int[] policy;
    private final double[] values;

    TabularReport(TabularModel model, int[] policy, double[] values) {
        this.model = model;
        this.policy = policy;
        this.values = values;
    }

    /** The policy and values as text. */
    String text() {
        StringBuilder sb = new StringBuilder();
        Optional<GridLayout> grid = model.grid();
        if (grid.isPresent()) {
            GridLayout g = grid.get();
            sb.append("policy:\n");
            for (int r = 0; r < g.numRows(); r++) {
                for (int c = 0; c < g.numCols(); c++) {
                    sb.append(String.format("%3s", symbol(g, r * g.numCols() + c)));
                }
                sb.append('\n');
            }
            sb.append("values:\n");
            for (int r = 0; r < g.numRows(); r++) {
                for (int c = 0; c < g.numCols(); c++) {
                    sb.append(String.format(Locale.ROOT, "%9.3f", values[r * g.numCols() + c]));
                }
                sb.append('\n');
            }
        } else {
            sb.append(String.format("%6s  %-8s %s%n", "state", "action", "value"));
            for (int s = 0; s < policy.length; s++) {
                sb.append(String.format(
                        Locale.ROOT, "%6d  %-8s %.4f%n", s, model.actionNames().get(policy[s]), values[s]));
            }
        }
        return sb.toString();
    }

    /** What the text shows in a grid cell: the wall, cliff or terminal letter, else the policy's arrow. */
    private String symbol(GridLayout g, int s) {
        return showsArrow(g, s) ? g.arrow(policy[s]) : String.valueOf(g.cell(s));
    }

    /** Whether the agent ever acts in this cell (not a wall, cliff or terminal). */
    private boolean showsArrow(GridLayout g, int s) {
        char cell = g.cell(s);
        return cell != '#' && cell != 'C' && !model.isTerminal(s);
    }

    /** The values as a heatmap with the policy's arrows (grid models) or action names (other models). */
    GridHeatmap heatmap(String title) {
        Optional<GridLayout> grid = model.grid();
        if (grid.isPresent()) {
            return gridHeatmap(grid.get(), title);
        }
        int n = values.length;
        int cols = n <= LIST_WIDTH ? n : (int) Math.ceil(Math.sqrt(n));
        int rows = (n + cols - 1) / cols;
        double[][] cells = new double[rows][cols];
        for (double[] row : cells) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (int s = 0; s < n; s++) {
            cells[s / cols][s % cols] = values[s];
        }
        boolean compact = n > LIST_WIDTH;
        GridHeatmap map = new GridHeatmap(
                        compact ? title + " (states row by row, " + cols + " per row; letter = action)" : title, cells)
                .legendTitle("V(s)");
        for (int s = 0; s < n; s++) {
            String action = model.actionNames().get(policy[s]);
            map.label(s / cols, s % cols, compact ? action.substring(0, 1) : s + ": " + action);
        }
        return map;
    }

    private GridHeatmap gridHeatmap(GridLayout g, String title) {
        double[][] cells = new double[g.numRows()][g.numCols()];
        for (int r = 0; r < g.numRows(); r++) {
            for (int c = 0; c < g.numCols(); c++) {
                int s = r * g.numCols() + c;
                cells[r][c] = g.cell(s) == '#' || g.cell(s) == 'C' ? Double.NaN : values[s];
            }
        }
        GridHeatmap map = new GridHeatmap(title, cells).legendTitle("V(s)");
        for (int r = 0; r < g.numRows(); r++) {
            for (int c = 0; c < g.numCols(); c++) {
                int s = r * g.numCols() + c;
                char cell = g.cell(s);
                if ("SGTHC#".indexOf(cell) >= 0) {
                    map.label(r, c, String.valueOf(cell));
                }
                if (showsArrow(g, s)) {
                    Direction d = g.actionDirections().get(policy[s]);
                    map.arrow(r, c, d.dRow(), d.dCol());
                }
            }
        }
        return map;
    }
}
