package org.phaselab.theory.numerics;

import java.util.function.DoubleUnaryOperator;

/**
 * Root of a monotone function on [lo, hi] from a starting guess, for continuation along a curve:
 * secant steps (superlinear near the root, a few evaluations from a good guess), safeguarded by the
 * bracket that monotonicity gives for free (every evaluation tells on which side of the root it lies);
 * a step that leaves the bracket becomes a bisection, or an expansion while one side is still open.
 * Converged when |f| &lt;= fTolerance or the step is below xTolerance.
 */
public final class MonotoneRootFinder {
    private final double xTolerance;
    private final double fTolerance;
    private final int maxEvaluations;

    public MonotoneRootFinder(double xTolerance, double fTolerance, int maxEvaluations) {
        this.xTolerance = xTolerance;
        this.fTolerance = fTolerance;
        this.maxEvaluations = maxEvaluations;
    }

    /**
     * @param decreasing whether f decreases through the root (f &gt; 0 below it)
     * @param step       the first trial step from the guess (its size; the sign is chosen from f)
     */
    public RootResult solve(DoubleUnaryOperator f, boolean decreasing, double lo, double hi, double guess, double step) {
        double below = lo;   // largest x known to lie below the root
        double above = hi;   // smallest x known to lie above it
        boolean belowKnown = false;
        boolean aboveKnown = false;
        double x0 = Math.max(lo, Math.min(hi, guess));
        double f0 = f.applyAsDouble(x0);
        int evals = 1;
        double x1 = Double.NaN;
        double f1 = Double.NaN;
        while (true) {
            if (!Double.isFinite(f0)) {
                return failure(Convergence.Kind.NOT_FINITE, "f(" + x0 + ") = " + f0, evals, f0);
            }
            if (Math.abs(f0) <= fTolerance) {
                return RootResult.found(x0, evals, Math.abs(f0));
            }
            if ((f0 > 0) == decreasing) {
                below = x0;
                belowKnown = true;
            } else {
                above = x0;
                aboveKnown = true;
            }
            double next;
            if (Double.isNaN(x1)) {
                next = x0 + ((f0 > 0) == decreasing ? Math.abs(step) : -Math.abs(step));
            } else {
                next = x0 - f0 * (x0 - x1) / (f0 - f1);
            }
            if (!(next > below && next < above) || !Double.isFinite(next)) {
                if (belowKnown && aboveKnown) {
                    next = 0.5 * (below + above);
                } else {
                    double grow = 4 * Math.max(Math.abs(step), Math.abs(x0 - (Double.isNaN(x1) ? x0 : x1)));
                    next = belowKnown ? Math.min(hi, below + grow) : Math.max(lo, above - grow);
                    if (next == x0) {
                        return failure(Convergence.Kind.NOT_BRACKETING_INTERVAL,
                                "no sign change up to " + next + ": f = " + f0, evals, f0);
                    }
                }
            }
            if (Math.abs(next - x0) <= xTolerance && belowKnown && aboveKnown) {
                return RootResult.found(x0, evals, Math.abs(f0));
            }
            if (evals >= maxEvaluations) {
                return RootResult.failed(Convergence.Kind.MAX_EVALUATIONS, "no convergence in " + maxEvaluations + " evaluations near " + x0, evals, Math.abs(f0));
            }
            x1 = x0;
            f1 = f0;
            x0 = next;
            f0 = f.applyAsDouble(x0);
            evals++;
        }
    }

    private static RootResult failure(Convergence.Kind kind, String detail, int evals, double f) {
        return RootResult.failed(kind, detail, evals, Math.abs(f));
    }
}
