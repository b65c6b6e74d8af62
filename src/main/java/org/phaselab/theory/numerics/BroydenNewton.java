package org.phaselab.theory.numerics;

import java.util.function.Function;

/**
 * Newton's method for n equations F(x) = 0 with a halving line search on the max-norm (up to a given number of
 * halvings). The Jacobian is a
 * forward-difference one when fresh and is then carried by Broyden's rank-one updates (Broyden, Math. Comp. 19,
 * 577 (1965)), also from one solve to the next (continuation along a curve); it is recomputed when a step fails
 * or progress slows. Not thread-safe: one instance per curve.
 */
public final class BroydenNewton {
    /** Outcome: the last x, the caller's payload computed with F(x), the max-norm of F(x), iterations. */
    public record Outcome<T>(double[] x, T payload, double norm, int iterations) {}

    /** What F returns: the residual (non-finite outside F's domain) and anything computed with it. */
    public record Value<T>(double[] residual, T payload) {}

    private final double tolerance;
    private final int maxIterations;
    private final int halvings;
    private double[][] jacobian;

    public BroydenNewton(double tolerance, int maxIterations, int halvings) {
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.halvings = halvings;
    }

    /** Forgets the carried Jacobian (e.g. after a failure). */
    public void reset() {
        jacobian = null;
    }

    public <T> Outcome<T> solve(Function<double[], Value<T>> f, double[] guess) {
        int n = guess.length;
        double[] x = guess.clone();
        Value<T> value = f.apply(x);
        double norm = norm(value.residual());
        boolean fresh = false;
        if ((jacobian == null || jacobian.length != n) && Double.isFinite(norm) && !(norm < tolerance)) {
            jacobian = differences(f, x, value.residual());
            fresh = true;
        }
        int it = 0;
        while (!(norm < tolerance) && it < maxIterations && Double.isFinite(norm)) {
            it++;
            double[] step = solveLinear(jacobian, value.residual());
            double[] xt = null;
            Value<T> vt = null;
            double nt = Double.POSITIVE_INFINITY;
            double lambda = 1;
            for (int k = 0; k < halvings && step != null; k++, lambda /= 2) {
                xt = new double[n];
                for (int i = 0; i < n; i++) {
                    xt[i] = x[i] - lambda * step[i];
                }
                vt = f.apply(xt);
                nt = norm(vt.residual());
                if (nt < norm) {
                    break;
                }
            }
            if (!(nt < norm)) {
                if (fresh) {
                    break;
                }
                jacobian = differences(f, x, value.residual());
                fresh = true;
                continue;
            }
            broyden(x, xt, value.residual(), vt.residual());
            fresh = false;
            boolean slow = nt > 0.3 * norm;
            x = xt;
            value = vt;
            norm = nt;
            if (slow && !(norm < tolerance)) {
                jacobian = differences(f, x, value.residual());
                fresh = true;
            }
        }
        if (!(norm < tolerance)) {
            jacobian = null;
        }
        return new Outcome<>(x, value.payload(), norm, it);
    }

    private <T> double[][] differences(Function<double[], Value<T>> f, double[] x, double[] fx) {
        int n = x.length;
        double[][] jac = new double[n][n];
        for (int j = 0; j < n; j++) {
            double[] xh = x.clone();
            double h = 1e-7 * Math.max(1, Math.abs(x[j]));
            xh[j] += h;
            double[] fh = f.apply(xh).residual();
            for (int i = 0; i < n; i++) {
                jac[i][j] = (fh[i] - fx[i]) / h;
            }
        }
        return jac;
    }

    /** J^-1 r by Gaussian elimination with partial pivoting; null when J is singular. */
    private static double[] solveLinear(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            if (!(Math.abs(m[piv][c]) > 1e-300)) {
                return null;
            }
            double[] tmp = m[c];
            m[c] = m[piv];
            m[piv] = tmp;
            for (int r = c + 1; r < n; r++) {
                double factor = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= factor * m[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int k = i + 1; k < n; k++) {
                s -= m[i][k] * x[k];
            }
            x[i] = s / m[i][i];
        }
        return x;
    }

    /** J += ((df - J dx) dx^T)/(dx^T dx). */
    private void broyden(double[] x0, double[] x1, double[] f0, double[] f1) {
        int n = x0.length;
        double[] dx = new double[n];
        double dx2 = 0;
        for (int i = 0; i < n; i++) {
            dx[i] = x1[i] - x0[i];
            dx2 += dx[i] * dx[i];
        }
        if (!(dx2 > 0)) {
            return;
        }
        for (int i = 0; i < n; i++) {
            double jdx = 0;
            for (int j = 0; j < n; j++) {
                jdx += jacobian[i][j] * dx[j];
            }
            double u = (f1[i] - f0[i] - jdx) / dx2;
            for (int j = 0; j < n; j++) {
                jacobian[i][j] += u * dx[j];
            }
        }
    }

    public static double norm(double[] f) {
        double m = 0;
        for (double v : f) {
            if (!Double.isFinite(v)) {
                return Double.POSITIVE_INFINITY;
            }
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
