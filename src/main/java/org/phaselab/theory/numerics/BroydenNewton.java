package org.phaselab.theory.numerics;

import java.util.Locale;
import java.util.function.Function;

/**
 * Newton's method for n equations F(x) = 0 with a halving line search on the max-norm. The Jacobian is the
 * function's own (analytic) when it returns one; otherwise a forward-difference one when fresh, then carried by
 * Broyden's rank-one updates (Broyden, Math. Comp. 19, 577 (1965)), also from one solve to the next
 * (continuation along a curve), and recomputed when a step fails or progress slows. Unknowns may have lower bounds:
 * a step goes at most {@value #TO_BOUNDARY} of the way to a bound (the fraction-to-the-boundary rule of interior-point
 * methods, Nocedal &amp; Wright, Numerical Optimization, 2nd ed., eq. 19.9), and a component at its bound that the
 * step would push through is held (projected Newton). Every solve has an evaluation budget (finite-difference
 * evaluations included) and ends with a {@link Convergence}.
 * Not thread-safe: one instance per curve.
 */
public final class BroydenNewton {
    /**
     * How a solve proceeds and when it stops.
     *
     * @param tolerance      converged when the max-norm of F falls below this
     * @param maxIterations  Newton steps per solve
     * @param maxEvaluations evaluations of F per solve (line-search and difference evaluations included)
     * @param halvings       step halvings the line search tries before giving up on a direction
     * @param slowProgress   a step that reduces the norm by less than this factor triggers a fresh difference Jacobian
     * @param differenceStep relative step of the forward differences
     */
    public record Settings(double tolerance, int maxIterations, int maxEvaluations, int halvings, double slowProgress,
                           double differenceStep) {
        public Settings {
            if (!(tolerance > 0) || maxIterations < 1 || maxEvaluations < 1 || halvings < 1
                    || !(slowProgress > 0 && slowProgress < 1) || !(differenceStep > 0)) {
                throw new IllegalArgumentException("invalid Newton settings: " + this);
            }
        }

        /** The same settings with another evaluation budget. */
        public Settings withMaxEvaluations(int evaluations) {
            return new Settings(tolerance, maxIterations, Math.max(1, evaluations), halvings, slowProgress, differenceStep);
        }
    }

    /**
     * Outcome: the last x, the payload computed with F(x), the max-norm of F(x), the Newton steps taken and how the
     * solve ended; {@code correction} is the Newton correction J(x)^-1 F(x) at the last x when F's own Jacobian is
     * known there (x - correction is then closer to the root, to second order), else null.
     */
    public record Outcome<T>(double[] x, T payload, double norm, int iterations, Convergence convergence,
                             double[] correction) {
        public Outcome(double[] x, T payload, double norm, int iterations, Convergence convergence) {
            this(x, payload, norm, iterations, convergence, null);
        }

        public boolean converged() {
            return convergence.converged();
        }

        /** x - correction (or x when there is none): the better estimate of the root for a next guess. */
        public double[] refined() {
            if (correction == null) {
                return x.clone();
            }
            double[] r = x.clone();
            for (int i = 0; i < r.length; i++) {
                r[i] -= correction[i];
            }
            return r;
        }
    }

    /**
     * What F returns: the residual (non-finite outside F's domain), optionally its Jacobian dF_i/dx_j (null: the solver
     * differentiates), and anything computed with it.
     */
    public record Value<T>(double[] residual, double[][] jacobian, T payload) {
        public Value(double[] residual, T payload) {
            this(residual, null, payload);
        }
    }

    /** The largest fraction of the distance to a lower bound that one step may cover. */
    public static final double TO_BOUNDARY = 0.99;
    /** A bound may shorten the whole step down to this factor; a component that needs more is clipped alone. */
    private static final double SMALLEST_SCALE = 0.1;
    /** Pivots below this fraction of the largest entry of their column count as zero (a singular Jacobian). */
    private static final double SINGULAR_PIVOT = 1e-14;

    private final Settings settings;
    private double[][] jacobian;

    public BroydenNewton(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /** Forgets the carried Jacobian (e.g. after a failure). */
    public void reset() {
        jacobian = null;
    }

    public <T> Outcome<T> solve(Function<double[], Value<T>> f, double[] guess) {
        return solve(f, guess, settings.maxEvaluations(), null);
    }

    /** As {@link #solve(Function, double[])} with at most {@code budget} evaluations (a caller's remaining budget). */
    public <T> Outcome<T> solve(Function<double[], Value<T>> f, double[] guess, int budget) {
        return solve(f, guess, budget, null);
    }

    /**
     * When a point is close enough to the root without another evaluation: given x and the Newton correction
     * J(x)^-1 F(x) there, computed with F's own (exact) Jacobian, whether x is accepted. With an exact Jacobian and
     * quadratic convergence the correction is the error of x to first order (Deuflhard, Newton Methods for Nonlinear
     * Problems, Springer 2004, section 2.1: the Newton correction as error estimate), so a criterion on it bounds the
     * error of x itself, and that of any quantity stationary at the root to second order.
     */
    @FunctionalInterface
    public interface StepCriterion {
        boolean accepts(double[] x, double[] correction);
    }

    /**
     * As {@link #solve(Function, double[], int)}, keeping x_i &gt;= lowerBounds[i] (NaN or -infinity: unbounded; null:
     * no bounds). The guess must satisfy the bounds.
     */
    public <T> Outcome<T> solve(Function<double[], Value<T>> f, double[] guess, int budget, double[] lowerBounds) {
        return solve(f, guess, budget, lowerBounds, null);
    }

    /**
     * As {@link #solve(Function, double[], int, double[])}, also converged at a point where F's own Jacobian is known
     * and {@code accept} takes the Newton correction there as small enough (null: the residual tolerance only).
     */
    public <T> Outcome<T> solve(Function<double[], Value<T>> f, double[] guess, int budget, double[] lowerBounds,
                                StepCriterion accept) {
        Run<T> run = new Run<>(f, Math.min(budget, settings.maxEvaluations()));
        int n = guess.length;
        double[] x = guess.clone();
        Value<T> value = run.apply(x);
        double norm = norm(value.residual());
        if (!Double.isFinite(norm)) {
            jacobian = null;
            return run.outcome(x, value, norm, 0, Convergence.Kind.NOT_FINITE, "F is not finite at the starting point");
        }
        boolean fresh = false;
        if (value.jacobian() != null) {
            jacobian = value.jacobian();
            fresh = true;
        } else if ((jacobian == null || jacobian.length != n) && !(norm < settings.tolerance())) {
            jacobian = differences(run, x, value.residual());
            fresh = true;
        }
        int it = 0;
        double[] step = null;
        while (!(norm < settings.tolerance())) {
            step = solveLinear(jacobian, value.residual());
            if (accept != null && step != null && value.jacobian() != null && accept.accepts(x, step)) {
                break;
            }
            if (it >= settings.maxIterations() || run.exhausted()) {
                return failed(run, x, value, norm, it, Convergence.Kind.MAX_EVALUATIONS, String.format(Locale.ROOT,
                        "%d steps, %d evaluations, residual %.3g", it, run.evaluations, norm));
            }
            it++;
            double[] xt = null;
            Value<T> vt = null;
            double nt = Double.POSITIVE_INFINITY;
            double lambda = step == null ? 1 : largestStep(x, step, lowerBounds);
            for (int k = 0; k < settings.halvings() && step != null && !run.exhausted(); k++, lambda /= 2) {
                xt = new double[n];
                for (int i = 0; i < n; i++) {
                    xt[i] = x[i] - lambda * step[i];
                }
                vt = run.apply(xt);
                nt = norm(vt.residual());
                if (nt < norm) {
                    break;
                }
            }
            if (!(nt < norm)) {
                if (fresh || run.exhausted()) {
                    Convergence.Kind kind = run.exhausted() ? Convergence.Kind.MAX_EVALUATIONS : Convergence.Kind.STALLED;
                    return failed(run, x, value, norm, it, kind, String.format(Locale.ROOT, step == null
                            ? "singular Jacobian at residual %.3g" : "no step along the Newton direction reduces the residual %.3g", norm));
                }
                jacobian = differences(run, x, value.residual());
                fresh = true;
                continue;
            }
            boolean slow = nt > settings.slowProgress() * norm;
            if (vt.jacobian() != null) {
                jacobian = vt.jacobian();
                fresh = true;
            } else {
                broyden(x, xt, value.residual(), vt.residual());
                fresh = false;
            }
            x = xt;
            value = vt;
            norm = nt;
            if (slow && !fresh && !(norm < settings.tolerance()) && !run.exhausted()) {
                jacobian = differences(run, x, value.residual());
                fresh = true;
            }
        }
        double[] correction = value.jacobian() == null ? null
                : norm < settings.tolerance() ? solveLinear(value.jacobian(), value.residual()) : step;
        return new Outcome<>(x, value.payload(), norm, it, Convergence.reached(run.evaluations, norm), correction);
    }

    private <T> Outcome<T> failed(Run<T> run, double[] x, Value<T> value, double norm, int it, Convergence.Kind kind,
                                  String detail) {
        jacobian = null;
        return run.outcome(x, value, norm, it, kind, detail);
    }

    /**
     * The largest multiple (at most 1) of the step -step that keeps every bounded component at least
     * 1 - {@link #TO_BOUNDARY} of its distance away from its bound. A component that would need the whole step cut
     * below {@link #SMALLEST_SCALE} of itself (it sits next to its bound: say B^2 ~ 0 while the others move) is clipped
     * on its own instead, to go that fraction of the way to its bound.
     */
    private static double largestStep(double[] x, double[] step, double[] lowerBounds) {
        double lambda = 1;
        if (lowerBounds == null) {
            return lambda;
        }
        for (int i = 0; i < x.length; i++) {
            double bound = lowerBounds[i];
            if (Double.isNaN(bound) || bound == Double.NEGATIVE_INFINITY || !(step[i] > 0)) {
                continue;
            }
            double room = x[i] - bound;
            double allowed = room > 0 ? TO_BOUNDARY * room / step[i] : 0;
            if (allowed >= 1) {
                continue;
            }
            if (allowed >= SMALLEST_SCALE) {
                lambda = Math.min(lambda, allowed);
            } else {
                step[i] = TO_BOUNDARY * Math.max(room, 0);
            }
        }
        return lambda;
    }

    /** Evaluations of F counted against one solve's budget. */
    private static final class Run<T> {
        final Function<double[], Value<T>> f;
        final int budget;
        int evaluations;

        Run(Function<double[], Value<T>> f, int budget) {
            this.f = f;
            this.budget = budget;
        }

        Value<T> apply(double[] x) {
            evaluations++;
            return f.apply(x);
        }

        boolean exhausted() {
            return evaluations >= budget;
        }

        Outcome<T> outcome(double[] x, Value<T> value, double norm, int it, Convergence.Kind kind, String detail) {
            return new Outcome<>(x, value.payload(), norm, it, Convergence.failed(kind, detail, evaluations, norm));
        }
    }

    private <T> double[][] differences(Run<T> run, double[] x, double[] fx) {
        int n = x.length;
        double[][] jac = new double[n][n];
        for (int j = 0; j < n; j++) {
            double[] xh = x.clone();
            double h = settings.differenceStep() * Math.max(1, Math.abs(x[j]));
            xh[j] += h;
            double[] fh = run.apply(xh).residual();
            for (int i = 0; i < n; i++) {
                jac[i][j] = (fh[i] - fx[i]) / h;
            }
        }
        return jac;
    }

    /**
     * J^-1 r by Gaussian elimination with partial pivoting; null when J is singular or not finite. Kept instead of
     * EJML's CommonOps_DDRM.solve, which measured no faster here: 150 ns against 149 ns at n = 3, 642 ns against
     * 575 ns at n = 8 (and a Newton step costs a whole evaluation of the equations, ~0.1-1 ms).
     */
    public static double[] solveLinear(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            double scale = 0;
            for (int r = c; r < n; r++) {
                scale = Math.max(scale, Math.abs(m[r][c]));
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            double largest = 0;
            for (int r = 0; r < n; r++) {
                largest = Math.max(largest, Math.abs(a[r][c]));
            }
            if (!(scale > SINGULAR_PIVOT * largest) || !Double.isFinite(scale)) {
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
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return null;
            }
        }
        return x;
    }

    /** J += ((df - J dx) dx^T)/(dx^T dx). */
    private void broyden(double[] x0, double[] x1, double[] f0, double[] f1) {
        double[] dx = new double[x0.length];
        for (int i = 0; i < dx.length; i++) {
            dx[i] = x1[i] - x0[i];
        }
        rankOneUpdate(jacobian, dx, f0, f1);
    }

    /**
     * Broyden's rank-one update of a Jacobian after the step dx took F from f0 to f1: J += ((f1 - f0 - J dx) dx^T)/(dx^T dx)
     * (Nocedal &amp; Wright, Numerical Optimization, eq. 11.29); nothing for a zero step.
     */
    static void rankOneUpdate(double[][] jacobian, double[] dx, double[] f0, double[] f1) {
        int n = dx.length;
        double dx2 = 0;
        for (double v : dx) {
            dx2 += v * v;
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

    /** Max-norm; infinite if any entry is not finite. */
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
