package org.phaselab.theory.teacherstudent;

/**
 * The equilibrium of teacher-student Gibbs learning at load alpha, and the q &lt; 1 branch behind it.
 * <p>
 * Perfect learning (q = 1, s = 0, eps_g = 0, qh infinite) is a saddle point at every alpha. The q &lt; 1 branch
 * is the equilibrium while its entropy is positive; once it drops to 0 (alpha_transition ~1.245) the
 * equilibrium jumps to perfect learning and the branch lives on as a metastable state (negative entropy)
 * until the spinodal (~1.493). THEORY.md section 2.
 *
 * @param alpha  patterns per weight
 * @param phase  which state is the equilibrium, or UNKNOWN if the branch did not converge
 * @param branch the q &lt; 1 branch at this alpha (status NO_BRANCH beyond the spinodal)
 */
public record TeacherStudentState(double alpha, Phase phase, BranchPoint branch) {

    public enum Phase {
        /** the q &lt; 1 branch, with positive entropy, is the equilibrium */
        GENERALIZING,
        /** perfect learning q = 1 is the equilibrium */
        PERFECT,
        /** the branch solver did not converge: nothing is known */
        UNKNOWN
    }

    static TeacherStudentState of(BranchPoint branch) {
        Phase phase;
        if (branch.status() == BranchPoint.Status.NOT_CONVERGED) {
            phase = Phase.UNKNOWN;
        } else if (branch.converged() && branch.entropy() > 0) {
            phase = Phase.GENERALIZING;
        } else {
            phase = Phase.PERFECT;
        }
        return new TeacherStudentState(branch.alpha(), phase, branch);
    }

    public boolean converged() {
        return phase != Phase.UNKNOWN;
    }

    /** True when the q &lt; 1 branch exists but is not the equilibrium (between transition and spinodal). */
    public boolean hasMetastableBranch() {
        return phase == Phase.PERFECT && branch.converged();
    }

    /** Equilibrium overlap q = R: 1 in the perfect phase, NaN if unknown. */
    public double q() {
        return switch (phase) {
            case GENERALIZING -> branch.q();
            case PERFECT -> 1.0;
            case UNKNOWN -> Double.NaN;
        };
    }

    /** Equilibrium conjugate: infinite in the perfect phase. */
    public double qhat() {
        return switch (phase) {
            case GENERALIZING -> branch.qhat();
            case PERFECT -> Double.POSITIVE_INFINITY;
            case UNKNOWN -> Double.NaN;
        };
    }

    /** Equilibrium entropy, nats per weight: 0 in the perfect phase. */
    public double entropy() {
        return switch (phase) {
            case GENERALIZING -> branch.entropy();
            case PERFECT -> 0.0;
            case UNKNOWN -> Double.NaN;
        };
    }

    /** Equilibrium generalization error arccos(q)/pi: 0 in the perfect phase. */
    public double epsG() {
        return switch (phase) {
            case GENERALIZING -> branch.epsG();
            case PERFECT -> 0.0;
            case UNKNOWN -> Double.NaN;
        };
    }
}
