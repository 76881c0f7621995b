package org.vecrl.core.envs.tabular;

import java.util.List;
import java.util.Set;

/**
 * A three-state toy MDP (deterministic, no terminal states) whose best policy must give up an
 * immediate +1 for a later +2. States: s_L = 0,
 * s_0 = 1, s_R = 2; actions LEFT = 0, RIGHT = 1. From s_0, LEFT goes to s_L with reward +1 and RIGHT
 * to s_R with reward 0; from s_L either action returns to s_0 with reward 0, from s_R with reward +2.
 * Episodes start in s_L.
 */
public final class Toy extends TableModel {
    /** State s_L. */
    public static final int S_L = 0;
    /** State s_0. */
    public static final int S_0 = 1;
    /** State s_R. */
    public static final int S_R = 2;
    /** Action LEFT. */
    public static final int LEFT = 0;
    /** Action RIGHT. */
    public static final int RIGHT = 1;

    public Toy() {
        super(3, 2, S_L, Set.of(), Toy::outcomes);
    }

    private static List<Transition> outcomes(int s, int a) {
        return switch (s) {
            case S_0 -> List.of(
                    a == LEFT ? new Transition(1.0, S_L, 1.0, false) : new Transition(1.0, S_R, 0.0, false));
            case S_L -> List.of(new Transition(1.0, S_0, 0.0, false));
            default -> List.of(new Transition(1.0, S_0, 2.0, false));
        };
    }

    @Override
    public List<String> actionNames() {
        return List.of("LEFT", "RIGHT");
    }
}
