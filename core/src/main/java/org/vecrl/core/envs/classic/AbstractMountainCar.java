package org.vecrl.core.envs.classic;

import java.awt.Color;
import java.util.Map;

import org.vecrl.core.spaces.Box;

/**
 * What the discrete and continuous mountain cars share: the state {@code (position, velocity)},
 * the reset (position uniform in [-0.6, -0.4) or the "low"/"high" options, velocity 0), the
 * observation and the drawing of hill, car and flag.
 */
abstract class AbstractMountainCar<A> extends ClassicControlEnv<A> {
    private static final Color WHEEL = new Color(128, 128, 128);
    private static final Color FLAG = new Color(204, 204, 0);

    /** Minimum velocity at the goal (Gymnasium's {@code goal_velocity} kwarg). */
    protected final double goalVelocity;

    AbstractMountainCar(String renderMode, double goalVelocity) {
        super(renderMode, MountainCarPhysics.STATE_DIM);
        this.goalVelocity = goalVelocity;
    }

    @Override
    public Box observationSpace() {
        return MountainCarPhysics.OBSERVATION_SPACE;
    }

    @Override
    protected void resetState(Map<String, Object> options) {
        double[] bounds = resetBounds(options, MountainCarPhysics.RESET_LOW, MountainCarPhysics.RESET_HIGH);
        MountainCarPhysics.reset(state, 0, rng(), bounds[0], bounds[1]);
    }

    @Override
    protected float[] observation() {
        float[] obs = new float[MountainCarPhysics.STATE_DIM];
        MountainCarPhysics.observe(state, 0, obs, 0);
        return obs;
    }

    /** The goal position drawn as the flag. */
    abstract double goalPosition();

    @Override
    protected int screenWidth() {
        return 600;
    }

    @Override
    protected int screenHeight() {
        return 400;
    }

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
