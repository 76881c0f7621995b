package org.vecrl.core.envs.classic;

import java.awt.Color;
import org.vecrl.core.env.Step;

/**
 * Gymnasium's {@code Acrobot-v1}: swing the tip of a two-link chain above a bar by applying torque
 * -1, 0 or 1 (actions 0, 1, 2) at the joint between the links. Observation
 * {@code [cos t1, sin t1, cos t2, sin t2, dt1, dt2]}; reward -1 per step, 0 on the step that
 * reaches the goal. Reset options "low" and "high" change the uniform reset range (default +-0.1).
 */
public final class Acrobot extends ClassicControlEnv<Integer> {
    private static final Color LINK = new Color(0, 204, 204);
    private static final Color JOINT = new Color(204, 204, 0);

    private final double[] work = new double[AcrobotPhysics.WORK_SIZE];

    /** Without render mode. */
    public Acrobot() {
        this(null);
    }

    /** @param renderMode "rgb_array", "ansi" or null */
    public Acrobot(String renderMode) {
        super(renderMode, AcrobotPhysics.MODEL, AcrobotPhysics.ACTION_SPACE, 500, 500);
    }

    @Override
    public Step<float[]> step(Integer action) {
        int a = checkDiscreteAction(action);
        requireState("step()");
        boolean terminated = AcrobotPhysics.step(state, 0, a, work);
        return new Step<>(observation(), AcrobotPhysics.reward(terminated), terminated, false);
    }

    @Override
    void draw(Canvas canvas) {
        double bound = AcrobotPhysics.LINK_LENGTH_1 + AcrobotPhysics.LINK_LENGTH_2 + 0.2;
        double scale = screenWidth() / (bound * 2);
        double offset = screenWidth() / 2.0;
        double p1x = -AcrobotPhysics.LINK_LENGTH_1 * Math.cos(state[0]) * scale;
        double p1y = AcrobotPhysics.LINK_LENGTH_1 * Math.sin(state[0]) * scale;
        // Gymnasium swaps the coordinates of the joint positions before drawing.
        double[] xs = {0, p1y};
        double[] ys = {0, p1x};
        double[] thetas = {state[0] - Math.PI / 2, state[0] + state[1] - Math.PI / 2};
        double[] lengths = {AcrobotPhysics.LINK_LENGTH_1 * scale, AcrobotPhysics.LINK_LENGTH_2 * scale};
        canvas.line(Color.BLACK, -2.2 * scale + offset, scale + offset, 2.2 * scale + offset, scale + offset);
        for (int k = 0; k < 2; k++) {
            double x = xs[k] + offset;
            double y = ys[k] + offset;
            canvas.rotatedBox(LINK, 0, lengths[k], 0.1 * scale, -0.1 * scale, thetas[k], x, y);
            canvas.disc(JOINT, x, y, 0.1 * scale);
        }
    }
}
