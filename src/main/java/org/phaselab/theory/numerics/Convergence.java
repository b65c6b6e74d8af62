package org.phaselab.theory.numerics;

/**
 * How an iterative computation ended: the one record every solver result carries (after Hipparchus' convergence
 * checkers and localized failure kinds). A result that did not converge says why, with the numbers that show it.
 *
 * @param converged   whether the named tolerance was met
 * @param evaluations evaluations of the equations (or iterations, where one iteration is one evaluation) used
 * @param residual    the solver's own measure of how far from solved it ended (NaN if it never evaluated)
 * @param failure     why it did not converge, or null if it did
 */
public record Convergence(boolean converged, int evaluations, double residual, Failure failure) {

    /** Failure kinds, each a different thing for the user to do (widen a bracket, raise a budget, leave the domain). */
    public enum Kind {
        /** The function has the same sign at both ends of the interval. */
        NOT_BRACKETING_INTERVAL("the interval does not bracket a root"),
        /** The evaluation or iteration budget ran out before the tolerance was met. */
        MAX_EVALUATIONS("the evaluation budget ran out"),
        /** NaN or infinity met on the way. */
        NOT_FINITE("a value was not finite"),
        /** Steps stopped reducing the residual (a line search or continuation could not go on). */
        STALLED("the iteration stalled"),
        /** The equations have no solution here (e.g. beyond the point where the RS branch ends). */
        NO_SOLUTION("no solution exists here"),
        /** The computation was cancelled before it ended. */
        CANCELLED("cancelled");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** A short phrase for people, e.g. "the evaluation budget ran out". */
        public String description() {
            return description;
        }
    }

    /** Why a computation did not converge: the kind, and a detail with the offending numbers. */
    public record Failure(Kind kind, String detail) {
        /** "kind description: detail", one line for a plot note or the command line. */
        public String reason() {
            return detail == null || detail.isEmpty() ? kind.description() : kind.description() + ": " + detail;
        }
    }

    public Convergence {
        if (converged == (failure != null)) {
            throw new IllegalArgumentException("a converged result has no failure, and a failed one has one");
        }
    }

    /** Converged within tolerance. */
    public static Convergence reached(int evaluations, double residual) {
        return new Convergence(true, evaluations, residual, null);
    }

    /** Did not converge, for the given reason. */
    public static Convergence failed(Kind kind, String detail, int evaluations, double residual) {
        return new Convergence(false, evaluations, residual, new Failure(kind, detail));
    }

    /** The failure's one-line reason, or null if converged. */
    public String reason() {
        return failure == null ? null : failure.reason();
    }

    /** The failure kind, or null if converged. */
    public Kind kind() {
        return failure == null ? null : failure.kind();
    }
}
