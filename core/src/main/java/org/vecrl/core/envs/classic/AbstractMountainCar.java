package org.vecrl.core.envs.classic;

import java.awt.Color;
import org.vecrl.core.spaces.Space;

/**
 * What the discrete and continuous mountain cars share: the state {@code (position, velocity)}
 * and its physics (reset: position uniform in [-0.6, -0.4) or the "low"/"high" options, velocity 0),
 * the goal velocity and the drawing of hill, car and flag.
 */
abstract class AbstractMountainCar<A> extends ClassicControlEnv<A> {
    private static final Color WHEEL = new Color(128, 128, 128);
    private static final Color FLAG = new Color(204, 204, 0);

    /** Minimum velocity at the goal (Gymnasium's {@code goal_velocity} kwarg). */
    protected final double goalVelocity;

    AbstractMountainCar(String renderMode, Space<A> actionSpace, double goalVelocity) {
        super(renderMode, MountainCarPhysics.MODEL, actionSpace, 600, 400);
        this.goalVelocity = goalVelocity;
    }

    /** The goal position drawn as the flag. */
    abstract double goalPosition();

    @Override
    void draw(Canvas canvas) {
        double min = MountainCarPhysics.MIN_POSITION;
        double scale = screenWidth() / (MountainCarPhysics.MAX_POSITION - min);
        double carWidth = 40;
        double carHeight = 20;
        double clearance = 10;
        int points = 100;
        double[] xs = new double[points];
        double[] ys = new double[points];
        for (int k = 0; k < points; k++) {
            double x = min + (MountainCarPhysics.MAX_POSITION - min) * k / (points - 1);
            xs[k] = (x - min) * scale;
            ys[k] = MountainCarPhysics.height(x) * scale;
        }
        canvas.polyline(Color.BLACK, xs, ys);
        double pos = state[0];
        double angle = Math.cos(3 * pos);
        double carX = (pos - min) * scale;
        double carY = clearance + MountainCarPhysics.height(pos) * scale;
        canvas.rotatedBox(Color.BLACK, -carWidth / 2, carWidth / 2, carHeight, 0, angle, carX, carY);
        for (double wx : new double[] {carWidth / 4, -carWidth / 4}) {
            canvas.disc(WHEEL, wx * Math.cos(angle) + carX, wx * Math.sin(angle) + carY, carHeight / 2.5);
        }
        double flagX = (goalPosition() - min) * scale;
        double flagY1 = MountainCarPhysics.height(goalPosition()) * scale;
        double flagY2 = flagY1 + 50;
        canvas.line(Color.BLACK, flagX, flagY1, flagX, flagY2);
        canvas.polygon(FLAG, flagX, flagY2, flagX, flagY2 - 10, flagX + 25, flagY2 - 5);
    }
}
