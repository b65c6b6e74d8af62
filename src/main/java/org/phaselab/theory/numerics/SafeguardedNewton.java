package org.phaselab.theory.numerics;

/**
 * Newton's method kept inside a bracket, falling back to bisection whenever a Newton step would leave the
 * bracket or not halve |f| fast enough ("rtsafe", Press et al., Numerical Recipes, 3rd ed., section 9.4).
 * Quadratic convergence from a good guess (continuation along a curve), guaranteed convergence from a bad one.
 * <p>
 * The caller vouches for the bracket: f changes sign between {@code lo} and {@code hi}, with the sign
 * {@code signAtLo} at {@code lo}. The ends are not evaluated (a curve of saddle points knows them and saves the
 * two evaluations); a wrong claim shows up as a non-converged result, never as a wrong root: convergence
 * means |f(root)| &lt;= functionTolerance, or a bracket narrower than argumentTolerance that still holds a
 * sign change seen by evaluations, or (when a step tolerance is given) a Newton step inside the bracket shorter than
 * it: the root is then that step's end, not evaluated, whose error is O(step^2) by Newton's quadratic convergence
 * (the caller, which knows its function, corrects what it computed at the evaluated point to first order).
 */
public final class SafeguardedNewton {
    /** f and f' at x, written into out[0] and out[1] (caller-owned, to keep hot loops allocation-free). */
    @FunctionalInterface
    public interface ValueAndSlope {
        void evaluate(double x, double[] out);
    }

    private final double functionTolerance;
    private final double argumentTolerance;
    private final int maxEvaluations;
    private final double stepTolerance;

    public SafeguardedNewton(double functionTolerance, double argumentTolerance, int maxEvaluations) {
        this(functionTolerance, argumentTolerance, maxEvaluations, 0);
    }

    /** As above; a Newton step shorter than {@code stepTolerance} also ends the search, at the step's end. */
    public SafeguardedNewton(double functionTolerance, double argumentTolerance, int maxEvaluations, double stepTolerance) {
        this.functionTolerance = functionTolerance;
        this.argumentTolerance = argumentTolerance;
        this.maxEvaluations = maxEvaluations;
        this.stepTolerance = stepTolerance;
    }

    public RootResult solve(ValueAndSlope f, double lo, double hi, double guess, double signAtLo) {
        double[] fx = new double[2];
        double a = Math.min(lo, hi);
        double b = Math.max(lo, hi);
        boolean signAtA = lo <= hi ? signAtLo > 0 : signAtLo < 0; // true: f(a) > 0
        double x = guess > a && guess < b ? guess : 0.5 * (a + b);
        double previousStep = b - a;
        boolean sawPositive = false;
        boolean sawNegative = false;
        double lastValue = Double.NaN;
        for (int evals = 1; evals <= maxEvaluations; evals++) {
            f.evaluate(x, fx);
            double value = fx[0];
            double slope = fx[1];
            if (!Double.isFinite(value) || !Double.isFinite(slope)) {
                return RootResult.failed(Convergence.Kind.NOT_FINITE, "f(" + x + ") = " + value + ", f'(" + x + ") = " + slope, evals, Double.NaN);
            }
            lastValue = value;
            if (Math.abs(value) <= functionTolerance) {
                return RootResult.found(x, evals, Math.abs(value));
            }
            sawPositive |= value > 0;
            sawNegative |= value < 0;
            // shrink the bracket to the side that keeps the sign change
            if ((value > 0) == signAtA) {
                a = x;
            } else {
                b = x;
            }
            if (b - a <= argumentTolerance && sawPositive && sawNegative) {
                return RootResult.found(x, evals, Math.abs(value));
            }
            double newton = x - value / slope;
            boolean newtonInside = slope != 0 && newton > a && newton < b;
            double step = newton - x;
            if (newtonInside && Math.abs(step) < stepTolerance) {
                return RootResult.found(newton, evals, Math.abs(value));
            }
            if (newtonInside && Math.abs(2 * step) <= Math.abs(previousStep)) {
                previousStep = step;
                x = newton;
            } else {
                previousStep = 0.5 * (b - a);
                x = 0.5 * (a + b);
            }
        }
        return RootResult.failed(Convergence.Kind.MAX_EVALUATIONS, "no convergence in " + maxEvaluations + " evaluations in [" + a + ", " + b + "]", maxEvaluations, Math.abs(lastValue));
    }
}
