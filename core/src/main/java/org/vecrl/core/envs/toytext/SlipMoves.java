package org.vecrl.core.envs.toytext;

import org.vecrl.core.envs.tabular.Direction;
import org.vecrl.core.envs.tabular.GridLayout;

/** Moves shared by FrozenLake and CliffWalking: perpendicular slips and edge clipping. */
final class SlipMoves {
    private SlipMoves() {}

    /** The actions that may happen for {@code action}: it alone, or it and its two neighbours (a−1, a, a+1 mod 4). */
    static int[] candidates(int action, boolean slippery) {
        return slippery ? new int[] {(action + 3) % 4, action, (action + 1) % 4} : new int[] {action};
    }

    /** The state reached from {@code state} moving {@code d}, clipped at the grid's edges. */
    static int clippedMove(GridLayout layout, int state, Direction d) {
        int row = Math.min(Math.max(state / layout.numCols() + d.dRow(), 0), layout.numRows() - 1);
        int col = Math.min(Math.max(state % layout.numCols() + d.dCol(), 0), layout.numCols() - 1);
        return row * layout.numCols() + col;
    }
}
