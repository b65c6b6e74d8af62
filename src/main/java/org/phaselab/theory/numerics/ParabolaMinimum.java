package org.phaselab.theory.numerics;

/** The smallest value of the parabola through three points (x ascending), never above the middle point's. */
public final class ParabolaMinimum {
    private ParabolaMinimum() {}

    /** min(y1, minimum of the interpolating parabola) when it opens upwards, else y1. */
    public static double of(double x0, double y0, double x1, double y1, double x2, double y2) {
        double d01 = (y1 - y0) / (x1 - x0);
        double d12 = (y2 - y1) / (x2 - x1);
        double curvature = (d12 - d01) / (x2 - x0);
        if (!(curvature > 0)) {
            return y1;
        }
        double xm = 0.5 * (x0 + x1) - d01 / (2 * curvature);
        double value = y1 + d01 * (xm - x1) + curvature * (xm - x0) * (xm - x1);
        return Math.min(y1, value);
    }
}
