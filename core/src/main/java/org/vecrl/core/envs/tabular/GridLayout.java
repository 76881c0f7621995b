package org.vecrl.core.envs.tabular;

import java.util.List;

/**
 * The grid under a grid-world model: one character per cell ({@code rows}) and the direction each
 * action moves in. State {@code s} is the cell at row {@code s / cols}, column {@code s % cols}.
 */
public record GridLayout(List<String> rows, List<Direction> actionDirections) {

    public GridLayout {
        rows = List.copyOf(rows);
        actionDirections = List.copyOf(actionDirections);
        if (rows.isEmpty() || rows.get(0).isEmpty()) {
            throw new IllegalArgumentException("grid has no cells: expected at least one non-empty row");
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).length() != rows.get(0).length()) {
                throw new IllegalArgumentException("grid row " + r + " '" + rows.get(r) + "' has "
                        + rows.get(r).length() + " cells: expected "
                        + rows.get(0).length() + " like row 0");
            }
        }
    }

    /** The number of rows. */
    public int numRows() {
        return rows.size();
    }

    /** The number of columns. */
    public int numCols() {
        return rows.get(0).length();
    }

    /** The map character of the cell of {@code state}. */
    public char cell(int state) {
        return rows.get(state / numCols()).charAt(state % numCols());
    }

    /** The arrow of {@code action}. */
    public String arrow(int action) {
        return actionDirections.get(action).arrow();
    }
}
