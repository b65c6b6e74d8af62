package org.phaselab.theory.numerics;

/**
 * Outcome of a one-dimensional root search.
 *
 * @param root        the root (NaN unless converged)
 * @param convergence whether the tolerance was met, evaluations used, |f(root)| at the end, and why it failed
 */
public record RootResult(double root, Convergence convergence) {

    static RootResult found(double root, int evaluations, double residual) {
        return new RootResult(root, Convergence.reached(evaluations, residual));
    }

    static RootResult failed(Convergence.Kind kind, String detail, int evaluations, double residual) {
        return new RootResult(Double.NaN, Convergence.failed(kind, detail, evaluations, residual));
    }

    public boolean converged() {
        return convergence.converged();
    }

    /** Function evaluations used. */
    public int iterations() {
        return convergence.evaluations();
    }

    public double residual() {
        return convergence.residual();
    }

    /** Why it failed, or null. */
    public Convergence.Failure failure() {
        return convergence.failure();
    }
}
