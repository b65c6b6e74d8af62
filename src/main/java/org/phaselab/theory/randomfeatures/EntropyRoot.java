package org.phaselab.theory.randomfeatures;

import java.util.function.DoubleFunction;
import org.phaselab.theory.numerics.BrentSolver;
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
        RandomFeaturesSaddle last = solver.solve(family.apply(from));
        int evals = 1;
        if (!last.converged() || !(last.entropy() > 0)) {
            return new ThresholdResult(Double.NaN, last, false, evals,
                    "entropy not positive at the scan start " + from + ": " + last.entropy() + (last.failure() == null ? "" : " (" + last.failure() + ")"));
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
                return new ThresholdResult(Double.NaN, s, false, evals, "no converged negative-entropy point after " + lo + ": " + s.failure());
            }
        }
        if (hiSaddle == null) {
            return new ThresholdResult(Double.NaN, last, false, evals, "entropy still positive at the scan limit " + limit);
        }
        RandomFeaturesSaddle[] warm = {last};
        int[] count = {0};
        RootResult root = new BrentSolver(tolerance, 60).solve(x -> {
            monitor.checkCancelled();
            RandomFeaturesSaddle s = solver.solve(family.apply(x), warm[0].order());
            count[0]++;
            if (s.converged()) {
                warm[0] = s;
            }
            return s.converged() ? s.entropy() : Double.NaN;
        }, lo, hi);
        evals += count[0];
        if (!root.converged()) {
            return new ThresholdResult(Double.NaN, warm[0], false, evals, root.failure().kind() + ": " + root.failure().detail());
        }
        RandomFeaturesSaddle at = solver.solve(family.apply(root.root()), warm[0].order());
        return new ThresholdResult(root.root(), at, at.converged(), evals + 1, at.failure());
    }
}
