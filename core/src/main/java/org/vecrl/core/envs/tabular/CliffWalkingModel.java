package org.vecrl.core.envs.tabular;

/**
 * A variant of the cliff walk (registered as {@code CliffWalkingCurriculum-v0}):
 * the 4×12 cliff grid with deterministic moves, {@code penalty} per step, {@code penalty − 100} for
 * entering the cliff (and back to the start, not terminal) and +1 for entering the goal (terminal).
 * Unlike Gymnasium's {@code CliffWalking-v1}, whose goal gives −1 and cliff −100.
 */
public final class CliffWalkingModel extends GridWorld {
    /** The map: start bottom-left, goal bottom-right, cliff between them. */
    public static final String MAP = "............/............/............/SCCCCCCCCCCG";

    private final double penalty;

    public CliffWalkingModel(double penalty) {
        super(MAP, penalty, 1.0, -1.0, penalty - 100.0, 0.0);
        this.penalty = penalty;
    }

    /** Penalty −1 per step (so −101 for entering the cliff). */
    public CliffWalkingModel() {
        this(-1.0);
    }

    @Override
    public String toString() {
        return "CliffWalkingModel(penalty=" + penalty + ")";
    }
}
