package org.phaselab.theory.numerics;

/**
 * Outcome of a one-dimensional root search.
 *
 * @param root        the root (NaN unless converged)
 * @param converged   whether the tolerance was met
 * @param iterations  function evaluations used
 * @param residual    |f(root)| at the end
 * @param failure     why it failed, or null
 */
public record RootResult(double root, boolean converged, int iterations, double residual, Failure failure) {
    /** Why a root search failed, with the numbers that show it. */
    public record Failure(Kind kind, String detail) {}

    /** Failure kinds (after Hipparchus' LocalizedFormats). */
    public enum Kind { NOT_BRACKETING_INTERVAL, MAX_EVALUATIONS, NOT_FINITE }
}
