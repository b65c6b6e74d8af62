package org.phaselab.theory.deeplinear;

import org.phaselab.theory.numerics.Convergence;

/**
 * The transition of the global minimum of L(b) as gamma grows.
 *
 * @param model          depth and moments
 * @param order          first (b jumps), second (b continuous, d^2 L/d gamma^2 jumps) or none
 * @param gammaC         critical weight decay (equal losses for first order; onset for second); NaN if none
 * @param gammaSpinodal  upper spinodal: above it the ordered minimum no longer exists; equals gammaC for
 *                       second order; NaN if none. (For D &gt;= 2 the lower spinodal is 0: the origin is a
 *                       local minimum for every gamma &gt; 0.)
 * @param bJump          b of the ordered minimum at gammaC (the jump of b for first order, 0 for second)
 * @param convergence    whether every root search met its tolerance, evaluations, and why one failed
 */
public record Transition(DeepLinearModel model, Order order, double gammaC, double gammaSpinodal, double bJump,
                         Convergence convergence) {
    public boolean converged() {
        return convergence.converged();
    }

    /** Order of the transition, in the Ehrenfest sense (which derivative of min L jumps). */
    public enum Order {
        FIRST, SECOND, NONE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
