package org.vecrl.core.envs.tabular;

/** A move on a grid of rows (top to bottom) and columns (left to right), with its arrow. */
public enum Direction {
    UP(-1, 0, "↑"),
    RIGHT(0, 1, "→"),
    DOWN(1, 0, "↓"),
    LEFT(0, -1, "←");

    private final int dRow;
    private final int dCol;
    private final String arrow;

    Direction(int dRow, int dCol, String arrow) {
        this.dRow = dRow;
        this.dCol = dCol;
        this.arrow = arrow;
    }

    /** The change of the row index (−1 is up). */
    public int dRow() {
        return dRow;
    }

    /** The change of the column index (+1 is right). */
    public int dCol() {
        return dCol;
    }

    /** A Unicode arrow pointing this way. */
    public String arrow() {
        return arrow;
    }
}
