package org.vecrl.core.envs.toytext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vecrl.core.envs.tabular.Direction;
import org.vecrl.core.envs.tabular.GridLayout;
import org.vecrl.core.envs.tabular.GridModel;
import org.vecrl.core.envs.tabular.Transition;

/**
 * Gymnasium's {@code CliffWalking}: a 4×12 grid, start 36 (bottom-left), goal 47 (bottom-right),
 * cliff 37 … 46 between them. Actions 0 up, 1 right, 2 down, 3 left; moves are clipped at the
 * edges. Every step gives −1; stepping into the cliff gives −100 and sends the agent back to the
 * start without ending the episode; reaching the goal ends it (and the goal is absorbing in the
 * model). With {@code is_slippery} the intended direction and the two perpendicular ones each
 * happen with probability 1/3. Renders in "ansi" as Gymnasium ({@code x} agent, {@code C} cliff,
 * {@code T} goal, {@code o} floor).
 */
public final class CliffWalking extends ToyTextEnv {
    /** The start state (row 3, column 0). */
    public static final int START = 36;
    /** The goal state (row 3, column 11). */
    public static final int GOAL = 47;

    private static final int ROWS = 4;
    private static final int COLS = 12;
    private static final List<Direction> ACTIONS =
            List.of(Direction.UP, Direction.RIGHT, Direction.DOWN, Direction.LEFT);
    private static final GridLayout LAYOUT =
            new GridLayout(List.of("............", "............", "............", "SCCCCCCCCCCG"), ACTIONS);

    public CliffWalking(boolean slippery, String renderMode) {
        super(new GridModel(LAYOUT, START, Set.of(GOAL), (s, a) -> outcomes(slippery, s, a)), renderMode);
    }

    /** The deterministic version without rendering. */
    public CliffWalking() {
        this(false, null);
    }

    private static List<Transition> outcomes(boolean slippery, int s, int a) {
        if (s == GOAL) {
            return List.of(new Transition(1.0, s, 0.0, true));
        }
        int[] moves = SlipMoves.candidates(a, slippery);
        List<Transition> out = new ArrayList<>(moves.length);
        for (int b : moves) {
            int next = SlipMoves.clippedMove(LAYOUT, s, ACTIONS.get(b));
            double prob = 1.0 / moves.length;
            out.add(
                    LAYOUT.cell(next) == 'C'
                            ? new Transition(prob, START, -100.0, false)
                            : new Transition(prob, next, -1.0, next == GOAL));
        }
        return out;
    }

    @Override
    protected String renderText() {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < ROWS * COLS; s++) {
            String cell = s == state() ? " x " : s == GOAL ? " T " : LAYOUT.cell(s) == 'C' ? " C " : " o ";
            if (s % COLS == 0) {
                cell = cell.stripLeading();
            }
            if (s % COLS == COLS - 1) {
                cell = cell.stripTrailing() + "\n";
            }
            sb.append(cell);
        }
        return sb.append('\n').toString();
    }
}
