package org.phaselab.theory.localentropy;

import java.util.function.Function;

/**
 * Newton's method for three equations F(x) = 0 with a halving line search on the max-norm. The Jacobian is a
 * forward-difference one when fresh and is then carried by Broyden's rank-one updates (Broyden, Math. Comp. 19,
 * 577 (1965)), also from one point of a curve to the next; it is recomputed when a step fails or progress slows.
 * Not thread-safe: one instance per curve.
 */
final class ThreeVariableNewton {
    /** Outcome: the last x, F(x), its norm, iterations, and the caller's payload computed with F(x). */
    record Outcome<T>(double[] x, T payload, double norm, int iterations) {}

    /** What F returns: the residual and anything computed with it. */
    record Value<T>(double[] residual, T payload) {}

    private final double tolerance;
    private final int maxIterations;
    private double[][] jacobian;

    ThreeVariableNewton(double tolerance, int maxIterations) {
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /** Forgets the carried Jacobian (e.g. after a failure). */
    void reset() {
        jacobian = null;
    }

    <T> Outcome<T> solve(Function<double[], Value<T>> f, double[] guess) {
        double[] x = guess.clone();
        Value<T> value = f.apply(x);
        double norm = norm(value.residual());
        boolean fresh = false;
        if (jacobian == null && Double.isFinite(norm) && !(norm < tolerance)) {
            jacobian = differences(f, x, value.residual());
            fresh = true;
        }
        int it = 0;
        while (!(norm < tolerance) && it < maxIterations && Double.isFinite(norm)) {
            it++;
            double[] step = LinearSolve.solve3(jacobian, value.residual());
            double[] xt = null;
            Value<T> vt = null;
            double nt = Double.POSITIVE_INFINITY;
            double lambda = 1;
            for (int k = 0; k < 10 && step != null; k++, lambda /= 2) {
                xt = new double[3];
                for (int i = 0; i < 3; i++) {
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
        double[][] jac = new double[3][3];
        for (int j = 0; j < 3; j++) {
            double[] xh = x.clone();
            double h = 1e-7 * Math.max(1, Math.abs(x[j]));
            xh[j] += h;
            double[] fh = f.apply(xh).residual();
            for (int i = 0; i < 3; i++) {
                jac[i][j] = (fh[i] - fx[i]) / h;
            }
        }
        return jac;
    }

    /** J += ((df - J dx) dx^T)/(dx^T dx). */
    private void broyden(double[] x0, double[] x1, double[] f0, double[] f1) {
        double[] dx = new double[3];
        double dx2 = 0;
        for (int i = 0; i < 3; i++) {
            dx[i] = x1[i] - x0[i];
            dx2 += dx[i] * dx[i];
        }
        if (!(dx2 > 0)) {
            return;
        }
        for (int i = 0; i < 3; i++) {
            double jdx = 0;
            for (int j = 0; j < 3; j++) {
                jdx += jacobian[i][j] * dx[j];
            }
            double u = (f1[i] - f0[i] - jdx) / dx2;
            for (int j = 0; j < 3; j++) {
                jacobian[i][j] += u * dx[j];
            }
        }
    }

    static double norm(double[] f) {
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
