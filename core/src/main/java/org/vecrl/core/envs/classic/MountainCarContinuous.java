package org.vecrl.core.envs.classic;

import java.util.Map;
import org.vecrl.core.env.Step;

/**
 * Gymnasium's {@code MountainCarContinuous-v0}: as {@link MountainCar} with a force in [-1, 1]
 * (values outside are clipped; NaN and infinities are rejected) times power 0.0015. Reward 100 on
 * reaching position 0.45 with velocity >= {@code goal_velocity}, minus 0.1 * action^2 every step.
 * The state is stored as float32 after each step, as in Gymnasium.
 */
public final class MountainCarContinuous extends AbstractMountainCar<float[]> {

    /** Without render mode, goal velocity 0. */
    public MountainCarContinuous() {
        this(null, 0.0);
    }

    /**
     * @param renderMode   "rgb_array", "ansi" or null
     * @param goalVelocity minimum velocity at the goal
     */
    public MountainCarContinuous(String renderMode, double goalVelocity) {
        super(renderMode, MountainCarPhysics.CONTINUOUS_ACTION_SPACE, goalVelocity);
    }

    @Override
    public Step<float[]> step(float[] action) {
        double a = checkContinuousAction(action, MountainCarPhysics.CONTINUOUS_ACTION_SPACE)[0];
        requireState("step()");
        boolean terminated = MountainCarPhysics.stepContinuous(state, 0, a, goalVelocity);
        return new Step<>(
                observation(), MountainCarPhysics.continuousReward(terminated, a), terminated, false, Map.of());
    }

    @Override
    double goalPosition() {
        return MountainCarPhysics.CONTINUOUS_GOAL_POSITION;
    }
}
