package org.phaselab.theory.teacherstudent;

import org.phaselab.theory.numerics.Convergence;

/**
 * One point of the q &lt; 1 ("generalizing") branch of the teacher-student saddle point at load alpha:
 * the first root of F(q) = m(qh(q)) - q (THEORY.md section 2).
 *
 * @param alpha      patterns per weight, P/N
 * @param q          student-student overlap = student-teacher overlap R (Nishimori); NaN unless CONVERGED
 * @param qhat       its conjugate
 * @param entropy    s(alpha) of the branch, nats per weight (negative: the branch is metastable)
 * @param epsG       generalization error of a typical student on the branch, arccos(q)/pi
 * @param status     CONVERGED, NO_BRANCH (alpha beyond the spinodal: only q = 1 solves) or NOT_CONVERGED
 * @param convergence evaluations of F used, |F(q)| at the end (NaN if there is no branch), and why it failed
 */
public record BranchPoint(double alpha, double q, double qhat, double entropy, double epsG,
                          Status status, Convergence convergence) {

    public enum Status { CONVERGED, NO_BRANCH, NOT_CONVERGED }

    public boolean converged() {
        return status == Status.CONVERGED;
    }

    static BranchPoint without(double alpha, Status status, Convergence convergence) {
        return new BranchPoint(alpha, Double.NaN, Double.NaN, Double.NaN, Double.NaN, status, convergence);
    }

    /** Evaluations of F used. */
    public int iterations() {
        return convergence.evaluations();
    }

    /** |F(q)| at the end. */
    public double residual() {
        return convergence.residual();
    }
}
