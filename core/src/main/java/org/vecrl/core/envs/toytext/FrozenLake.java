package org.vecrl.core.envs.toytext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.vecrl.core.envs.tabular.Direction;
import org.vecrl.core.envs.tabular.GridLayout;
import org.vecrl.core.envs.tabular.GridModel;
import org.vecrl.core.envs.tabular.Transition;

/**
 * Gymnasium's {@code FrozenLake}: cross a frozen lake from {@code S} to the goal {@code G} without
 * falling into a hole {@code H}. Actions 0 left, 1 down, 2 right, 3 up; moves off the grid stay put.
 * On a slippery lake the intended direction and the two perpendicular ones each happen with
 * probability 1/3. Reaching G gives reward 1; holes and the goal end the episode (and are
 * absorbing in the model). Episodes start in a uniformly chosen {@code S} cell. Renders in "ansi".
 */
public final class FrozenLake extends ToyTextEnv {
    private static final List<Direction> ACTIONS =
            List.of(Direction.LEFT, Direction.DOWN, Direction.RIGHT, Direction.UP);

    private final boolean slippery;

    /**
     * @param desc       the map as rows of S, F, H, G (at least one S and one G), or null to use {@code mapName}
     * @param mapName    "4x4" or "8x8" (used when {@code desc} is null); both null: a random 8×8 map
     *                   ({@link FrozenLakeMaps#generateRandomMap}, unseeded, as Gymnasium's)
     * @param slippery   whether moves slip to the perpendicular directions
     * @param renderMode "ansi" or null
     */
    public FrozenLake(List<String> desc, String mapName, boolean slippery, String renderMode) {
        super(model(layout(desc, mapName), slippery), renderMode);
        this.slippery = slippery;
    }

    /** The 4×4 slippery lake without rendering. */
    public FrozenLake() {
        this(null, "4x4", true, null);
    }

    /** Whether moves slip. */
    public boolean slippery() {
        return slippery;
    }

    private static GridLayout layout(List<String> desc, String mapName) {
        return new GridLayout(FrozenLakeMaps.resolve(desc, mapName), ACTIONS);
    }

    private static GridModel model(GridLayout layout, boolean slippery) {
        int n = layout.numRows() * layout.numCols();
        double[] initial = new double[n];
        Set<Integer> terminal = new TreeSet<>();
        int starts = 0;
        for (int s = 0; s < n; s++) {
            starts += layout.cell(s) == 'S' ? 1 : 0;
            if (isTerminalCell(layout.cell(s))) {
                terminal.add(s);
            }
        }
        for (int s = 0; s < n; s++) {
            initial[s] = layout.cell(s) == 'S' ? 1.0 / starts : 0.0;
        }
        return new GridModel(layout, initial, terminal, (s, a) -> outcomes(layout, slippery, s, a));
    }

    private static boolean isTerminalCell(char cell) {
        return cell == 'G' || cell == 'H';
    }

    private static List<Transition> outcomes(GridLayout layout, boolean slippery, int s, int a) {
        if (isTerminalCell(layout.cell(s))) {
            return List.of(new Transition(1.0, s, 0.0, true));
        }
        int[] moves = SlipMoves.candidates(a, slippery);
        List<Transition> out = new ArrayList<>(moves.length);
        for (int b : moves) {
            int next = SlipMoves.clippedMove(layout, s, ACTIONS.get(b));
            char cell = layout.cell(next);
            out.add(new Transition(1.0 / moves.length, next, cell == 'G' ? 1.0 : 0.0, isTerminalCell(cell)));
        }
        return out;
    }
}
