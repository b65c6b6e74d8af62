package org.phaselab.theory.randomfeatures;

import java.util.function.DoubleFunction;
import org.phaselab.theory.numerics.BrentSolver;
import org.phaselab.theory.numerics.Convergence;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.numerics.RootResult;

/**
 * Where the entropy of a one-parameter family of saddle points changes sign: a warm-started upward scan
 * (each point starts from the last converged one) until the entropy turns negative, then Brent's method inside
 * the bracket. Shared by the interpolation threshold (in alpha) and the maximum margin (in kappa).
 */
final class EntropyRoot {
    private final RandomFeaturesSolver solver;
    private final double tolerance;

    EntropyRoot(RandomFeaturesSolver solver, double tolerance) {
        this.solver = solver;
        this.tolerance = tolerance;
    }

    /**
     * @param family  parameter -> model
     * @param from    first parameter (entropy must be positive there)
     * @param step    first scan step; it grows by 10% a step
     * @param limit   largest parameter scanned
     */
    ThresholdResult find(DoubleFunction<RandomFeaturesModel> family, double from, double step, double limit, Monitor monitor) {
        return find(family, from, step, limit, OrderParameters.START, monitor);
    }

    /** As {@link #find(DoubleFunction, double, double, double, Monitor)}, the first saddle started from {@code warm}. */
    ThresholdResult find(DoubleFunction<RandomFeaturesModel> family, double from, double step, double limit,
                         OrderParameters warm, Monitor monitor) {
        RandomFeaturesSaddle last = solver.solve(family.apply(from), warm);
        if (!last.converged() && warm != OrderParameters.START) {
            last = solver.solve(family.apply(from));
        }
        int evals = 1;
        if (!last.converged() || !(last.entropy() > 0)) {
            return failed(last, Convergence.Kind.NO_SOLUTION, "entropy not positive at the scan start " + from + ": "
                    + last.entropy() + (last.failure() == null ? "" : " (" + last.failure() + ")"), evals);
        }
        double lo = from;
        double h = step;
        RandomFeaturesSaddle hiSaddle = null;
        double hi = Double.NaN;
        while (lo < limit) {
            monitor.checkCancelled();
            double x = Math.min(lo + h, limit);
            RandomFeaturesSaddle s = solver.solve(family.apply(x), last.order());
            evals++;
            if (s.converged() && s.entropy() > 0) {
                lo = x;
                last = s;
                h *= 1.1;
            } else if (s.converged()) {
                hi = x;
                hiSaddle = s;
                break;
            } else if (h > 1e-3 * step) {
                h /= 4; // the iteration failed (qw -> 1 beyond the RS range): approach more carefully
            } else {
                return failed(s, Convergence.Kind.NO_SOLUTION, "no converged negative-entropy point after " + lo + ": "
                        + s.failure(), evals);
            }
        }
        if (hiSaddle == null) {
            return failed(last, Convergence.Kind.NOT_BRACKETING_INTERVAL, "entropy still positive at the scan limit " + limit, evals);
        }
        RandomFeaturesSaddle[] near = {last};
        int[] count = {0};
        RootResult root = new BrentSolver(tolerance, 60).solve(x -> {
            monitor.checkCancelled();
            RandomFeaturesSaddle s = solver.solve(family.apply(x), near[0].order());
            count[0]++;
            if (s.converged()) {
                near[0] = s;
            }
            return s.converged() ? s.entropy() : Double.NaN;
        }, lo, hi);
        evals += count[0];
        if (!root.converged()) {
            return failed(near[0], root.failure().kind(), root.failure().detail(), evals);
        }
        RandomFeaturesSaddle at = solver.solve(family.apply(root.root()), near[0].order());
        Convergence c = at.converged() ? Convergence.reached(evals + 1, root.residual())
                : Convergence.failed(at.convergence().kind(), at.failure(), evals + 1, root.residual());
        return new ThresholdResult(root.root(), at, c);
    }

    private static ThresholdResult failed(RandomFeaturesSaddle last, Convergence.Kind kind, String why, int evals) {
        return new ThresholdResult(Double.NaN, last, Convergence.failed(kind, why, evals, Double.NaN));
    }
}
