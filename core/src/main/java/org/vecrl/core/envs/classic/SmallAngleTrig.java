package org.vecrl.core.envs.classic;

/**
 * Sine and cosine that are cheap for |x| <= pi/4: there they evaluate fdlibm's kernel polynomials
 * ({@code __kernel_sin}, {@code __kernel_cos}), which is exactly what {@link StrictMath} computes
 * for that range (error below 1 ulp); larger arguments go to {@link Math}. CartPole's pole angle
 * never leaves this range during an episode, and the two calls otherwise dominate its step.
 */
final class SmallAngleTrig {
    private static final double PI_4 = Math.PI / 4;
    /** 2^-27: below it sin(x) rounds to x. */
    private static final double TINY = 0x1p-27;

    private static final double S1 = -1.66666666666666324348e-01;
    private static final double S2 = 8.33333333332248946124e-03;
    private static final double S3 = -1.98412698298579493134e-04;
    private static final double S4 = 2.75573137070700676789e-06;
    private static final double S5 = -2.50507602534068634195e-08;
    private static final double S6 = 1.58969099521155010221e-10;
    private static final double C1 = 4.16666666666666019037e-02;
    private static final double C2 = -1.38888888888741095749e-03;
    private static final double C3 = 2.48015872894767294178e-05;
    private static final double C4 = -2.75573143513906633035e-07;
    private static final double C5 = 2.08757232129817482790e-09;
    private static final double C6 = -1.13596475577881948265e-11;
    /** High word of 0.3: below it the cosine needs no correction term. */
    private static final int HI_0_3 = 0x3FD33333;
    /** High word of 0.78125: above it the correction term is the constant 0.28125. */
    private static final int HI_0_78125 = 0x3FE90000;

    private SmallAngleTrig() {}

    static double sin(double x) {
        double ax = Math.abs(x);
        if (!(ax <= PI_4)) {
            return Math.sin(x);
        }
        if (ax < TINY) {
            return x;
        }
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        return x + v * (S1 + z * r);
    }

    static double cos(double x) {
        if (!(Math.abs(x) <= PI_4)) {
            return Math.cos(x);
        }
        int ix = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < HI_0_3) {
            return 1.0 - (0.5 * z - z * r);
        }
        double qx = ix > HI_0_78125 ? 0.28125 : Double.longBitsToDouble((long) (ix - 0x00200000) << 32);
        double hz = 0.5 * z - qx;
        double a = 1.0 - qx;
        return a - (hz - z * r);
    }
}
