package org.phaselab.theory.numerics;

/**
 * Quintic Hermite interpolation on a cell [x_k, x_k + h] from the value, first and second derivative at both ends
 * (exact for quintics; error h^6 max|f^(6)|/46080). The basis at u = (x - x_k)/h, with the derivative and second
 * derivative of the interpolant for callers that need slopes (one order and two orders less accurate). Hot-loop
 * helpers: the caller owns the arrays.
 */
public final class QuinticHermite {
    private QuinticHermite() {}

    /** Writes the six weights of (f_k, f'_k, f''_k, f_k+1, f'_k+1, f''_k+1) at u into w. */
    public static void basis(double u, double h, double[] w) {
        basis(u, h, w, 0);
    }

    /** As {@link #basis(double, double, double[])}, into w[at..at+5]. */
    public static void basis(double u, double h, double[] w, int at) {
        double u2 = u * u;
        double u3 = u2 * u;
        double u4 = u3 * u;
        double u5 = u4 * u;
        w[at] = 1 - 10 * u3 + 15 * u4 - 6 * u5;
        w[at + 1] = (u - 6 * u3 + 8 * u4 - 3 * u5) * h;
        w[at + 2] = 0.5 * (u2 - 3 * u3 + 3 * u4 - u5) * h * h;
        w[at + 3] = 10 * u3 - 15 * u4 + 6 * u5;
        w[at + 4] = (-4 * u3 + 7 * u4 - 3 * u5) * h;
        w[at + 5] = 0.5 * (u3 - 2 * u4 + u5) * h * h;
    }

    /** The weights of the interpolant's first derivative in x (d/du divided by h). */
    public static void slopeBasis(double u, double h, double[] w) {
        double u2 = u * u;
        double u3 = u2 * u;
        double u4 = u3 * u;
        w[0] = (-30 * u2 + 60 * u3 - 30 * u4) / h;
        w[1] = 1 - 18 * u2 + 32 * u3 - 15 * u4;
        w[2] = 0.5 * (2 * u - 9 * u2 + 12 * u3 - 5 * u4) * h;
        w[3] = -w[0];
        w[4] = -12 * u2 + 28 * u3 - 15 * u4;
        w[5] = 0.5 * (3 * u2 - 8 * u3 + 5 * u4) * h;
    }

    /** The weights of the interpolant's second derivative in x. */
    public static void curvatureBasis(double u, double h, double[] w) {
        double u2 = u * u;
        double u3 = u2 * u;
        w[0] = (-60 * u + 180 * u2 - 120 * u3) / (h * h);
        w[1] = (-36 * u + 96 * u2 - 60 * u3) / h;
        w[2] = 0.5 * (2 - 18 * u + 36 * u2 - 20 * u3);
        w[3] = -w[0];
        w[4] = (-24 * u + 84 * u2 - 60 * u3) / h;
        w[5] = 0.5 * (6 * u - 24 * u2 + 20 * u3);
    }

    /**
     * sum_j w_j data_j with the value, slope and curvature of the left node at data[lo], data[lo + stride],
     * data[lo + 2 stride] and of the right node likewise from hi.
     */
    public static double apply(double[] w, double[] data, int lo, int hi, int stride) {
        return apply(w, 0, data, lo, hi, stride);
    }

    /** As {@link #apply(double[], double[], int, int, int)} with the weights at w[at..at+5]. */
    public static double apply(double[] w, int at, double[] data, int lo, int hi, int stride) {
        return w[at] * data[lo] + w[at + 1] * data[lo + stride] + w[at + 2] * data[lo + 2 * stride]
                + w[at + 3] * data[hi] + w[at + 4] * data[hi + stride] + w[at + 5] * data[hi + 2 * stride];
    }
}
