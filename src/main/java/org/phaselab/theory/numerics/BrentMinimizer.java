package org.phaselab.theory.numerics;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * The minimum of f on [a, b] by Brent's method (Brent, "Algorithms for Minimization without Derivatives", 1973,
 * ch. 5, procedure localmin): golden-section steps made safe, parabolic steps made fast. Converged when the bracket
 * around the best point is below 2 (relativeTolerance |x| + absoluteTolerance). For a unimodal f the minimum; else a
 * local one.
 */
public final class BrentMinimizer {
    /** (3 - sqrt 5)/2: the golden-section fraction. */
    private static final double GOLDEN = 0.5 * (3 - Math.sqrt(5));

    /**
     * @param x           where the smallest value was found (NaN if no finite value was)
     * @param value       f(x)
     * @param convergence whether the bracket shrank below the tolerance, evaluations, the final bracket's width
     */
    public record Minimum(double x, double value, Convergence convergence) {
        public boolean converged() {
            return convergence.converged();
        }
    }

    private final double relativeTolerance;
    private final double absoluteTolerance;
    private final int maxEvaluations;

    public BrentMinimizer(double relativeTolerance, double absoluteTolerance, int maxEvaluations) {
        this.relativeTolerance = relativeTolerance;
        this.absoluteTolerance = absoluteTolerance;
        this.maxEvaluations = maxEvaluations;
    }

    /** Starts from the interior point {@code start} of [a, b] (e.g. the best point of a scan). */
    public Minimum minimize(DoubleUnaryOperator f, double a, double b, double start) {
        double x = start;
        double w = x;
        double v = x;
        double fx = f.applyAsDouble(x);
        int evals = 1;
        if (!Double.isFinite(fx)) {
            return new Minimum(Double.NaN, Double.NaN, Convergence.failed(Convergence.Kind.NOT_FINITE,
                    String.format(Locale.ROOT, "f(%.6g) = %s", x, fx), evals, Double.NaN));
        }
        double fw = fx;
        double fv = fx;
        double d = 0;
        double e = 0;
        while (true) {
            double m = 0.5 * (a + b);
            double tol1 = relativeTolerance * Math.abs(x) + absoluteTolerance;
            double tol2 = 2 * tol1;
            if (Math.abs(x - m) <= tol2 - 0.5 * (b - a)) {
                return new Minimum(x, fx, Convergence.reached(evals, b - a));
            }
            if (evals >= maxEvaluations) {
                return new Minimum(x, fx, Convergence.failed(Convergence.Kind.MAX_EVALUATIONS, String.format(Locale.ROOT,
                        "bracket [%.6g, %.6g] after %d evaluations", a, b, evals), evals, b - a));
            }
            boolean golden = true;
            if (Math.abs(e) > tol1) {
                double r = (x - w) * (fx - fv);
                double q = (x - v) * (fx - fw);
                double p = (x - v) * q - (x - w) * r;
                q = 2 * (q - r);
                if (q > 0) {
                    p = -p;
                } else {
                    q = -q;
                }
                double previous = e;
                e = d;
                if (Math.abs(p) < Math.abs(0.5 * q * previous) && p > q * (a - x) && p < q * (b - x)) {
                    d = p / q;
                    double u = x + d;
                    if (u - a < tol2 || b - u < tol2) {
                        d = x < m ? tol1 : -tol1;
                    }
                    golden = false;
                }
            }
            if (golden) {
                e = (x < m ? b : a) - x;
                d = GOLDEN * e;
            }
            double u = x + (Math.abs(d) >= tol1 ? d : (d > 0 ? tol1 : -tol1));
            double fu = f.applyAsDouble(u);
            evals++;
            if (!Double.isFinite(fu)) {
                return new Minimum(x, fx, Convergence.failed(Convergence.Kind.NOT_FINITE,
                        String.format(Locale.ROOT, "f(%.6g) = %s", u, fu), evals, b - a));
            }
            if (fu <= fx) {
                if (u < x) {
                    b = x;
                } else {
                    a = x;
                }
                v = w;
                fv = fw;
                w = x;
                fw = fx;
                x = u;
                fx = fu;
            } else {
                if (u < x) {
                    a = u;
                } else {
                    b = u;
                }
                if (fu <= fw || w == x) {
                    v = w;
                    fv = fw;
                    w = u;
                    fw = fu;
                } else if (fu <= fv || v == x || v == w) {
                    v = u;
                    fv = fu;
                }
            }
        }
    }
}
