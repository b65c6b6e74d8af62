package org.phaselab.theory.numerics;

/**
 * A solver's result that carries its {@link Convergence}: the two questions every caller asks of it, answered once
 * for all results (points, thresholds, rows).
 */
public interface SolverResult {
    Convergence convergence();

    default boolean converged() {
        return convergence().converged();
    }

    /** Why it did not converge, with the numbers (the failure's detail, else its kind), or null if it did. */
    default String failure() {
        Convergence.Failure f = convergence().failure();
        return f == null ? null : f.detail() == null || f.detail().isEmpty() ? f.kind().description() : f.detail();
    }
}
