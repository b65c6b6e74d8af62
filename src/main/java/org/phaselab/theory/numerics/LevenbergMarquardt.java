package org.phaselab.theory.numerics;

import java.util.Locale;
import java.util.function.Function;

/**
 * Levenberg-Marquardt for a small square system F(x) = 0 with a forward-difference Jacobian (Moré, "The
 * Levenberg-Marquardt algorithm: implementation and theory", Lecture Notes in Mathematics 630 (1978); Nocedal &amp;
 * Wright, Numerical Optimization, 2nd ed., section 10.3): each step solves (J^T J + lambda diag(J^T J)) dx = -J^T F,
 * lambda shrinking after a step that lowers |F|^2 and growing until one does; between difference Jacobians the
 * Jacobian follows Broyden's rank-one updates, and is differentiated afresh when an updated one gives no descent.
 * Slower than Newton near a root but robust from far away, where a line search along the Newton direction stalls. F
 * returns null or non-finite values outside its domain (the step is then rejected as a bad one).
 */
public final class LevenbergMarquardt {
    /**
     * @param tolerance      converged when the max-norm of F falls below this
     * @param maxEvaluations evaluations of F (difference ones included)
     * @param differenceStep step of the forward differences, relative to max(1, |x_j|)
     */
    public record Settings(double tolerance, int maxEvaluations, double differenceStep) {}

    /** The last x, the payload of F there, and how the solve ended. */
    public record Outcome<T>(double[] x, T payload, Convergence convergence) {
        public boolean converged() {
            return convergence.converged();
        }
    }

    private static final double FIRST_DAMPING = 1e-3;
    private static final double SHRINK = 3;
    private static final double GROW = 4;
    /** Damping beyond this: no step lowers |F| (a local minimum of |F| that is not a root). */
    private static final double LARGEST_DAMPING = 1e12;
    private static final double SMALLEST_DAMPING = 1e-12;

    private final Settings settings;

    public LevenbergMarquardt(Settings settings) {
        this.settings = settings;
    }

    public <T> Outcome<T> solve(Function<double[], BroydenNewton.Value<T>> f, double[] guess) {
        int n = guess.length;
        double[] x = guess.clone();
        BroydenNewton.Value<T> value = f.apply(x);
        int evaluations = 1;
        if (!finite(value)) {
            return new Outcome<>(x, null, Convergence.failed(Convergence.Kind.NOT_FINITE,
                    "F is not finite at the starting guess", evaluations, Double.NaN));
        }
        double lambda = FIRST_DAMPING;
        double[][] jac = null;
        boolean fresh = false;
        while (true) {
            double norm = maxNorm(value.residual());
            if (norm < settings.tolerance()) {
                return new Outcome<>(x, value.payload(), Convergence.reached(evaluations, norm));
            }
            if (jac == null) {
                if (evaluations + 2 * n > settings.maxEvaluations()) {
                    return new Outcome<>(x, value.payload(), Convergence.failed(Convergence.Kind.MAX_EVALUATIONS,
                            String.format(Locale.ROOT, "%d evaluations, |F| = %.2e", evaluations, norm), evaluations,
                            norm));
                }
                Difference<T> diff = differenceJacobian(f, x, value);
                evaluations += diff.evaluations;
                if (diff.jacobian == null) {
                    return new Outcome<>(x, value.payload(), Convergence.failed(Convergence.Kind.NOT_FINITE,
                            "F is not finite next to x (difference Jacobian)", evaluations, norm));
                }
                jac = diff.jacobian;
                fresh = true;
            }
            if (lambda > LARGEST_DAMPING || evaluations >= settings.maxEvaluations()) {
                return new Outcome<>(x, value.payload(), Convergence.failed(lambda > LARGEST_DAMPING
                        ? Convergence.Kind.STALLED : Convergence.Kind.MAX_EVALUATIONS, String.format(Locale.ROOT,
                        "no damped step lowers |F| = %.2e", norm), evaluations, norm));
            }
            double[] dx = dampedStep(jac, value.residual(), lambda);
            double[] xt = x.clone();
            for (int j = 0; j < n; j++) {
                xt[j] += dx[j];
            }
            BroydenNewton.Value<T> vt = f.apply(xt);
            evaluations++;
            if (finite(vt) && sumOfSquares(vt.residual()) < sumOfSquares(value.residual())) {
                BroydenNewton.rankOneUpdate(jac, dx, value.residual(), vt.residual());
                fresh = false;
                x = xt;
                value = vt;
                lambda = Math.max(lambda / SHRINK, SMALLEST_DAMPING);
            } else if (fresh) {
                lambda *= GROW;
            } else {
                jac = null;     // a rank-one-updated Jacobian that failed: differentiate afresh before damping more
            }
        }
    }

    private record Difference<T>(double[][] jacobian, int evaluations) {}

    /** Forward differences (backward where F is not finite ahead); a null Jacobian if neither side is finite. */
    private <T> Difference<T> differenceJacobian(Function<double[], BroydenNewton.Value<T>> f, double[] x,
                                                 BroydenNewton.Value<T> value) {
        int n = x.length;
        double[][] jac = new double[n][n];
        int evaluations = 0;
        for (int j = 0; j < n; j++) {
            double h = settings.differenceStep() * Math.max(1, Math.abs(x[j]));
            double[] xh = x.clone();
            xh[j] += h;
            BroydenNewton.Value<T> vh = f.apply(xh);
            evaluations++;
            if (!finite(vh)) {
                h = -h;
                xh[j] = x[j] + h;
                vh = f.apply(xh);
                evaluations++;
                if (!finite(vh)) {
                    return new Difference<>(null, evaluations);
                }
            }
            for (int i = 0; i < n; i++) {
                jac[i][j] = (vh.residual()[i] - value.residual()[i]) / h;
            }
        }
        return new Difference<>(jac, evaluations);
    }

    /**
     * Solves (J^T J + lambda diag(J^T J)) dx = -J^T r ({@link BroydenNewton#solveLinear}); a zero step if that matrix
     * is singular (the damping then grows).
     */
    private static double[] dampedStep(double[][] jac, double[] r, double lambda) {
        int n = r.length;
        double[][] a = new double[n][n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    a[i][j] += jac[k][i] * jac[k][j];
                }
            }
            a[i][i] *= 1 + lambda;
            for (int k = 0; k < n; k++) {
                b[i] -= jac[k][i] * r[k];
            }
        }
        double[] dx = BroydenNewton.solveLinear(a, b);
        return dx == null ? new double[n] : dx;
    }

    private static boolean finite(BroydenNewton.Value<?> v) {
        if (v == null || v.residual() == null) {
            return false;
        }
        for (double r : v.residual()) {
            if (!Double.isFinite(r)) {
                return false;
            }
        }
        return true;
    }

    private static double maxNorm(double[] r) {
        double m = 0;
        for (double v : r) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static double sumOfSquares(double[] r) {
        double s = 0;
        for (double v : r) {
            s += v * v;
        }
        return s;
    }
}
