package org.phaselab.theory.teacherstudent;

import org.phaselab.theory.numerics.BrentSolver;
import org.phaselab.theory.numerics.RootResult;
import org.phaselab.theory.numerics.SafeguardedNewton;

/**
 * Locates the transition and the spinodal by root finding along the q &lt; 1 branch, parametrised by q:
 * F(q; alpha) = 0 means m(alpha c(q)) = q, i.e. alpha(q) = Q(q)/c(q) with Q = m^{-1} and c(q) = qh(q)/alpha
 * (THEORY.md section 2). The branch is alpha(q) for q from 0 up to its maximum, the spinodal:
 * <pre>
 *   spinodal:   d alpha/dq = 0   &lt;=&gt;   Q'(q) c(q) - Q(q) c'(q) = 0,   Q' = 1/m'(Q)
 *   transition: s(alpha(q), q, Q(q)) = 0 on [small q, q_spinodal]
 * </pre>
 * Both are Brent roots in q, so nothing nests a search in alpha around a search in q. The model has no other
 * parameter, so the thresholds are constants: {@link #standard()} computes them once.
 */
public final class TransitionFinder {
    /** |q - q*| of the fold and the transition. */
    private static final double Q_TOLERANCE = 1e-13;
    /** Evaluations of either Brent search. */
    private static final int MAX_EVALUATIONS = 200;
    /** |m(Q) - target| of the inverse magnetization Q(m), and its step tolerance; Newton's evaluation budget. */
    private static final double INVERSE_TOLERANCE = 1e-14;
    private static final int INVERSE_EVALUATIONS = 100;
    private static final SafeguardedNewton INVERSE = new SafeguardedNewton(INVERSE_TOLERANCE, INVERSE_TOLERANCE, INVERSE_EVALUATIONS);

    private TransitionFinder() {}

    private static final class Holder {
        static final Transitions STANDARD = compute();
    }

    /** The thresholds, computed on first use (a few milliseconds) and kept. */
    public static Transitions standard() {
        return Holder.STANDARD;
    }

    static Transitions compute() {
        BrentSolver brent = new BrentSolver(Q_TOLERANCE, MAX_EVALUATIONS);
        RootResult fold = brent.solve(TransitionFinder::foldCondition, 0.5, 0.99);
        require(fold, "spinodal");
        double qSpinodal = fold.root();
        RootResult zero = brent.solve(q -> branchEntropy(q), 0.05, qSpinodal);
        require(zero, "transition");
        return new Transitions(alphaOnBranch(zero.root()), zero.root(), alphaOnBranch(qSpinodal), qSpinodal,
                fold.iterations() + zero.iterations());
    }

    /** The load at which q solves the saddle point: alpha(q) = m^{-1}(q) / (qh(q)/alpha). */
    static double alphaOnBranch(double q) {
        return inverseMagnetization(q) / TeacherStudentEquations.conjugate(1.0, q);
    }

    static double branchEntropy(double q) {
        double qh = inverseMagnetization(q);
        double alpha = qh / TeacherStudentEquations.conjugate(1.0, q);
        return TeacherStudentEquations.entropy(alpha, q, qh);
    }

    /** Q'(q) c(q) - Q(q) c'(q): positive while alpha(q) grows, zero at the fold. */
    static double foldCondition(double q) {
        double qh = inverseMagnetization(q);
        double[] m = new double[2];
        TeacherStudentEquations.magnetization(qh, m);
        double[] c = new double[2];
        TeacherStudentEquations.conjugate(1.0, q, c);
        return c[0] / m[1] - qh * c[1];
    }

    /** Q = m^{-1}(q): the qh at which int Dz tanh(sqrt(qh) z + qh) = q (m increases from 0 to 1). */
    static double inverseMagnetization(double q) {
        double hi = 1;
        while (TeacherStudentEquations.magnetization(hi) < q) {
            hi *= 2;
            if (hi > 1e4) {
                throw new IllegalArgumentException("q too close to 1 to invert m: " + q);
            }
        }
        RootResult r = INVERSE.solve((qh, out) -> {
            TeacherStudentEquations.magnetization(qh, out);
            out[0] -= q;
        }, 0, hi, Math.min(q, 0.5 * hi), -1);
        require(r, "m^-1(" + q + ")");
        return r.root();
    }

    private static void require(RootResult r, String what) {
        if (!r.converged()) {
            throw new IllegalStateException("teacher-student " + what + " not found: " + r.failure());
        }
    }
}
