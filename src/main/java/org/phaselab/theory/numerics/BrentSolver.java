package org.phaselab.theory.numerics;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's method (Brent, "Algorithms for Minimization without Derivatives", 1973, ch. 4):
 * bisection safety with inverse quadratic interpolation speed. Needs a bracketing interval.
 */
public final class BrentSolver {
    private final double absoluteTolerance;
    private final int maxEvaluations;

    public BrentSolver(double absoluteTolerance, int maxEvaluations) {
        this.absoluteTolerance = absoluteTolerance;
        this.maxEvaluations = maxEvaluations;
    }

    public RootResult solve(DoubleUnaryOperator f, double lo, double hi) {
        double a = lo;
        double b = hi;
        double fa = f.applyAsDouble(a);
        double fb = f.applyAsDouble(b);
        int evals = 2;
        if (!Double.isFinite(fa) || !Double.isFinite(fb)) {
            return fail(Convergence.Kind.NOT_FINITE, "f(" + a + ") = " + fa + ", f(" + b + ") = " + fb, evals);
        }
        if (fa == 0) {
            return RootResult.found(a, evals, 0);
        }
        if (fb == 0) {
            return RootResult.found(b, evals, 0);
        }
        if (fa * fb > 0) {
            return fail(Convergence.Kind.NOT_BRACKETING_INTERVAL, "f(" + a + ") = " + fa + ", f(" + b + ") = " + fb, evals);
        }
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        while (evals < maxEvaluations) {
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b; b = c; c = a;
                fa = fb; fb = fc; fc = fa;
            }
            double tol = 2 * Math.ulp(b) + 0.5 * absoluteTolerance;
            double m = 0.5 * (c - b);
            if (Math.abs(m) <= tol || fb == 0) {
                return RootResult.found(b, evals, Math.abs(fb));
            }
            if (Math.abs(e) < tol || Math.abs(fa) <= Math.abs(fb)) {
                d = m;
                e = m;
            } else {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    p = 2 * m * s;
                    q = 1 - s;
                } else {
                    double qq = fa / fc;
                    double r = fb / fc;
                    p = s * (2 * m * qq * (qq - r) - (b - a) * (r - 1));
                    q = (qq - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
                    e = d;
                    d = p / q;
                } else {
                    d = m;
                    e = m;
                }
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tol ? d : (m > 0 ? tol : -tol);
            fb = f.applyAsDouble(b);
            evals++;
            if (!Double.isFinite(fb)) {
                return fail(Convergence.Kind.NOT_FINITE, "f(" + b + ") = " + fb, evals);
            }
            if ((fb > 0) == (fc > 0)) {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
        }
        return RootResult.failed(Convergence.Kind.MAX_EVALUATIONS, "no convergence in " + maxEvaluations + " evaluations near " + b, evals, Math.abs(fb));
    }

    private static RootResult fail(Convergence.Kind kind, String detail, int evals) {
        return RootResult.failed(kind, detail, evals, Double.NaN);
    }
}
