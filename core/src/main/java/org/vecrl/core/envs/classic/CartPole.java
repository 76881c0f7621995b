package org.vecrl.core.envs.classic;

import java.awt.Color;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vecrl.core.env.Step;
import org.vecrl.core.state.StateStore;

/**
 * Gymnasium's {@code CartPole-v1}: balance a pole on a cart by pushing it left (action 0) or
 * right (action 1). Observation {@code [x, x_dot, theta, theta_dot]} as float32; reward 1 on every
 * step including the terminating one (or Sutton and Barto's 0 / -1 with
 * {@code sutton_barto_reward}); terminated when |x| > 2.4 or |theta| > 12 degrees. Reset options
 * "low" and "high" change the uniform reset range (default +-0.05).
 */
public final class CartPole extends ClassicControlEnv<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(CartPole.class);
    private static final Color POLE = new Color(202, 152, 101);
    private static final Color AXLE = new Color(129, 132, 203);

    private final boolean suttonBartoReward;
    private Integer stepsBeyondTerminated;

    /** Without render mode and with the default reward. */
    public CartPole() {
        this(null, false);
    }

    /**
     * @param renderMode        "rgb_array", "ansi" or null
     * @param suttonBartoReward reward 0 per step and -1 on termination instead of 1 per step
     */
    public CartPole(String renderMode, boolean suttonBartoReward) {
        super(renderMode, CartPolePhysics.MODEL, CartPolePhysics.ACTION_SPACE, 600, 400);
        this.suttonBartoReward = suttonBartoReward;
    }

    @Override
    protected void resetState(Map<String, Object> options) {
        super.resetState(options);
        stepsBeyondTerminated = null;
    }

    /** Saves the physical state and the steps taken after termination (−1 before it). */
    @Override
    protected void saveEnvState(StateStore out, String prefix) {
        super.saveEnvState(out, prefix);
        out.putInts(
                prefix + "steps_beyond_terminated",
                new int[] {stepsBeyondTerminated == null ? -1 : stepsBeyondTerminated});
    }

    @Override
    protected void restoreEnvState(StateStore in, String prefix) {
        super.restoreEnvState(in, prefix);
        int steps = in.getInts(prefix + "steps_beyond_terminated")[0];
        stepsBeyondTerminated = steps < 0 ? null : steps;
    }

    @Override
    public Step<float[]> step(Integer action) {
        int a = checkDiscreteAction(action);
        requireState("step()");
        boolean terminated = CartPolePhysics.step(state, 0, a);
        double reward;
        if (!terminated) {
            reward = CartPolePhysics.reward(false, suttonBartoReward);
        } else if (stepsBeyondTerminated == null) {
            stepsBeyondTerminated = 0;
            reward = CartPolePhysics.reward(true, suttonBartoReward);
        } else {
            if (stepsBeyondTerminated == 0) {
                LOG.warn(
                        "step() called on {} after it returned terminated = true; call reset() first, further steps are"
                                + " undefined behaviour",
                        this);
            }
            stepsBeyondTerminated++;
            reward = suttonBartoReward ? -1.0 : 0.0;
        }
        return new Step<>(observation(), reward, terminated, false);
    }

    @Override
    void draw(Canvas canvas) {
        double scale = screenWidth() / (CartPolePhysics.X_THRESHOLD * 2);
        double poleWidth = 10.0;
        double poleLen = scale * (2 * CartPolePhysics.LENGTH);
        double cartWidth = 50.0;
        double cartHeight = 30.0;
        double axleOffset = cartHeight / 4.0;
        double cartX = state[0] * scale + screenWidth() / 2.0;
        double cartY = 100;
        canvas.rotatedBox(Color.BLACK, -cartWidth / 2, cartWidth / 2, cartHeight / 2, -cartHeight / 2, 0, cartX, cartY);
        canvas.rotatedBox(
                POLE,
                -poleWidth / 2,
                poleWidth / 2,
                poleLen - poleWidth / 2,
                -poleWidth / 2,
                -state[2],
                cartX,
                cartY + axleOffset);
        canvas.disc(AXLE, cartX, cartY + axleOffset, poleWidth / 2);
        canvas.line(Color.BLACK, 0, cartY, screenWidth(), cartY);
    }
}
