package org.phaselab.theory.teacherstudent;

import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.RootResult;
import org.phaselab.theory.numerics.SafeguardedNewton;

/**
 * Solves for the q &lt; 1 branch at one load: the first root of F(q) = m(qh(q)) - q (THEORY.md section 2),
 * by Newton's method with analytic F'(q) = m'(qh) qh'(q) - 1, kept inside the bracket [0, q_spinodal].
 * <p>
 * That bracket holds exactly the first root for every alpha up to the spinodal: F(0) = m(2 alpha/pi) &gt; 0,
 * F(q_spinodal) &lt;= 0 because F grows with alpha and vanishes there at alpha_spinodal, and the branch alpha(q)
 * is monotonic on it. Beyond the spinodal there is no q &lt; 1 root (status NO_BRANCH). A guess from the
 * previous point of a curve (continuation) makes Newton converge in 2-4 evaluations.
 */
public final class GeneralizingBranch {
    /** |F(q)| at convergence. */
    public static final double TOLERANCE = 1e-13;
    /** Smallest Newton step in q before it counts as converged, and the evaluation budget of one point. */
    private static final double STEP_TOLERANCE = 1e-15;
    private static final int MAX_EVALUATIONS = 60;
    private static final SafeguardedNewton NEWTON = new SafeguardedNewton(TOLERANCE, STEP_TOLERANCE, MAX_EVALUATIONS);

    private final Transitions transitions;

    public GeneralizingBranch() {
        this(TransitionFinder.standard());
    }

    GeneralizingBranch(Transitions transitions) {
        this.transitions = transitions;
    }

    /** Solves from scratch (the guess is the small-alpha expansion q ~ 2 alpha/pi, clipped to the bracket). */
    public BranchPoint solve(double alpha) {
        return solve(alpha, Math.min(2 * alpha / Math.PI, 0.5 * transitions.qSpinodal()));
    }

    /** Solves starting Newton from {@code guessQ} (e.g. the previous point's q along a curve). */
    public BranchPoint solve(double alpha, double guessQ) {
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha must be a finite number > 0, got " + alpha);
        }
        if (alpha > transitions.alphaSpinodal()) {
            // beyond the spinodal only q = 1 solves (THEORY.md section 2): a result, not a failure
            return BranchPoint.without(alpha, BranchPoint.Status.NO_BRANCH, Convergence.reached(0, Double.NaN));
        }
        double[] conj = new double[2];
        double[] mag = new double[2];
        RootResult root = NEWTON.solve((q, out) -> {
            TeacherStudentEquations.conjugate(alpha, q, conj);
            TeacherStudentEquations.magnetization(conj[0], mag);
            out[0] = mag[0] - q;
            out[1] = mag[1] * conj[1] - 1;
        }, 0, transitions.qSpinodal(), guessQ, +1);
        if (!root.converged()) {
            return BranchPoint.without(alpha, BranchPoint.Status.NOT_CONVERGED, root.convergence());
        }
        double q = root.root();
        double qh = TeacherStudentEquations.conjugate(alpha, q);
        double entropy = TeacherStudentEquations.entropy(alpha, q, qh);
        if (!Double.isFinite(qh) || !Double.isFinite(entropy)) {
            return BranchPoint.without(alpha, BranchPoint.Status.NOT_CONVERGED, Convergence.failed(Convergence.Kind.NOT_FINITE,
                    "q^ = " + qh + ", s = " + entropy + " at q = " + q, root.iterations(), root.residual()));
        }
        return new BranchPoint(alpha, q, qh, entropy, TeacherStudentEquations.generalizationError(q),
                BranchPoint.Status.CONVERGED, root.convergence());
    }
}
