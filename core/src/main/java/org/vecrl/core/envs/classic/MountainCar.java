package org.vecrl.core.envs.classic;

import java.util.Map;
import org.vecrl.core.env.Step;

/**
 * Gymnasium's {@code MountainCar-v0}: drive an under-powered car up the right hill by pushing left
 * (0), not at all (1) or right (2). Observation {@code [position, velocity]}; reward -1 per step;
 * terminated at position >= 0.5 with velocity >= {@code goal_velocity} (default 0).
 */
public final class MountainCar extends AbstractMountainCar<Integer> {

    /** Without render mode, goal velocity 0. */
    public MountainCar() {
        this(null, 0.0);
    }

    /**
     * @param renderMode   "rgb_array", "ansi" or null
     * @param goalVelocity minimum velocity at the goal
     */
    public MountainCar(String renderMode, double goalVelocity) {
        super(renderMode, MountainCarPhysics.ACTION_SPACE, goalVelocity);
    }

    @Override
    public Step<float[]> step(Integer action) {
        int a = checkDiscreteAction(action);
        requireState("step()");
        boolean terminated = MountainCarPhysics.step(state, 0, a, goalVelocity);
        return new Step<>(observation(), MountainCarPhysics.reward(), terminated, false, Map.of());
    }

    @Override
    double goalPosition() {
        return MountainCarPhysics.GOAL_POSITION;
    }
}
