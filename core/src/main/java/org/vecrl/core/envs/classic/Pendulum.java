package org.vecrl.core.envs.classic;

import java.awt.Color;
import java.util.Map;
import org.vecrl.core.env.Step;

/**
 * Gymnasium's {@code Pendulum-v1}: swing a pendulum up and keep it upright with a torque in
 * [-2, 2] (values outside are clipped; NaN and infinities are rejected). Observation
 * {@code [cos th, sin th, thdot]}; reward
 * {@code -(angle_normalize(th)^2 + 0.1 * thdot^2 + 0.001 * u^2)}; never terminates. Reset options
 * "x_init" and "y_init" (default pi and 1) bound the uniform initial angle and angular velocity.
 */
public final class Pendulum extends ClassicControlEnv<float[]> {
    private static final Color ROD = new Color(204, 77, 77);
    private static final Color TORQUE = new Color(77, 77, 204);

    private final double g;
    private Float lastU;

    /** Without render mode, g = 10. */
    public Pendulum() {
        this(null, 10.0);
    }

    /**
     * @param renderMode "rgb_array", "ansi" or null
     * @param g          gravity
     */
    public Pendulum(String renderMode, double g) {
        super(renderMode, PendulumPhysics.MODEL, PendulumPhysics.ACTION_SPACE, 500, 500);
        this.g = g;
    }

    @Override
    protected void resetState(Map<String, Object> options) {
        double x = numberOption(options, "x_init", PendulumPhysics.DEFAULT_X);
        double y = numberOption(options, "y_init", PendulumPhysics.DEFAULT_Y);
        drawState(x, y);
        lastU = null;
    }

    @Override
    public Step<float[]> step(float[] action) {
        float a = checkContinuousAction(action, PendulumPhysics.ACTION_SPACE)[0];
        requireState("step()");
        lastU = PendulumPhysics.torque(a);
        double costs = PendulumPhysics.step(state, 0, a, g);
        return new Step<>(observation(), -costs, false, false, Map.of());
    }

    @Override
    void draw(Canvas canvas) {
        double scale = screenWidth() / (2.2 * 2);
        double offset = screenWidth() / 2;
        double rodLength = scale;
        double rodWidth = 0.2 * scale;
        double angle = state[0] + Math.PI / 2;
        canvas.rotatedBox(ROD, 0, rodLength, rodWidth / 2, -rodWidth / 2, angle, offset, offset);
        canvas.disc(ROD, offset, offset, rodWidth / 2);
        canvas.disc(ROD, rodLength * Math.cos(angle) + offset, rodLength * Math.sin(angle) + offset, rodWidth / 2);
        if (lastU != null) {
            double reach = Math.abs(lastU) / PendulumPhysics.MAX_TORQUE * scale / 2;
            canvas.line(
                    TORQUE, offset, offset - 1.5 * scale, offset + Math.signum(lastU) * reach, offset - 1.5 * scale);
        }
        canvas.disc(Color.BLACK, offset, offset, 0.05 * scale);
    }
}
