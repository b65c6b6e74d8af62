package org.phaselab.theory.localentropy;

/**
 * Natural cubic splines through several tables on one uniform grid (x = 0, 1, ..., n-1 in grid units; Press,
 * Teukolsky, Vetterling &amp; Flannery, Numerical Recipes, 3rd ed., section 3.3, eqs. 3.3.3 and 3.3.7): error
 * O(h^4 f'''') inside, O(h^2) within a few nodes of the ends (the callers keep the ends out of the range used).
 * Immutable.
 */
final class CubicSplines {
    private final double[][] values;
    /** Second derivatives in grid units at the nodes. */
    private final double[][] curvatures;

    CubicSplines(double[][] values) {
        this.values = values;
        this.curvatures = new double[values.length][];
        for (int k = 0; k < values.length; k++) {
            curvatures[k] = naturalCurvatures(values[k]);
        }
    }

    /** All tables at grid position x (clamped into the grid). */
    void at(double x, double[] out) {
        int n = values[0].length;
        int i = (int) Math.floor(x);
        i = Math.max(0, Math.min(n - 2, i));
        double t = Math.max(0, Math.min(1, x - i));
        double a = 1 - t;
        double ca = (a * a * a - a) / 6;
        double cb = (t * t * t - t) / 6;
        for (int k = 0; k < values.length; k++) {
            double[] y = values[k];
            double[] c = curvatures[k];
            out[k] = a * y[i] + t * y[i + 1] + ca * c[i] + cb * c[i + 1];
        }
    }

    /** Thomas algorithm for c[i-1] + 4 c[i] + c[i+1] = 6 (y[i+1] - 2 y[i] + y[i-1]), c[0] = c[n-1] = 0. */
    private static double[] naturalCurvatures(double[] y) {
        int n = y.length;
        double[] c = new double[n];
        double[] diag = new double[n];
        double[] rhs = new double[n];
        for (int i = 1; i < n - 1; i++) {
            diag[i] = 4;
            rhs[i] = 6 * (y[i + 1] - 2 * y[i] + y[i - 1]);
        }
        for (int i = 2; i < n - 1; i++) {
            double f = 1 / diag[i - 1];
            diag[i] -= f;
            rhs[i] -= f * rhs[i - 1];
        }
        for (int i = n - 2; i >= 1; i--) {
            c[i] = (rhs[i] - (i + 1 < n - 1 ? c[i + 1] : 0)) / diag[i];
        }
        return c;
    }
}
