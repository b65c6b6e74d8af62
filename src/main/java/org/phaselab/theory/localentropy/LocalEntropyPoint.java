package org.phaselab.theory.localentropy;

import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.Gaussian;

/**
 * The Franz-Parisi local entropy at one distance d from the reference (THEORY.md section 3).
 *
 * @param d           Hamming distance per weight, (1 - S)/2, in (0, 1/2)
 * @param phi         phi_FP(d) in nats per weight (NaN unless converged)
 * @param slope       d phi/d d = 2 (Sh - alpha dG_E/dS) (envelope theorem; G_E depends on S explicitly)
 * @param upperBound  H2(d), the entropy of all configurations at distance d
 * @param q1          overlap of two students around the same reference
 * @param p           overlap of a student with another reference
 * @param q1Hat       conjugate of q1
 * @param pHat        conjugate of p
 * @param sHat        conjugate of S = 1 - 2d
 * @param b2          q1 - p^2/q~ - (S-p)^2/(1-q~): the student-student overlap the references do not explain
 * @param convergence whether the saddle-point equations were solved (max-norm of the scaled residual below the
 *                    tolerance), evaluations used, the residual, and why not
 */
public record LocalEntropyPoint(double d, double phi, double slope, double upperBound, double q1, double p, double q1Hat,
                                double pHat, double sHat, double b2, Convergence convergence) {

    /** A point that did not converge, for the given reason. */
    static LocalEntropyPoint failed(double d, Convergence convergence) {
        return new LocalEntropyPoint(d, Double.NaN, Double.NaN, Gaussian.binaryEntropy(d), Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, convergence);
    }

    public boolean converged() {
        return convergence.converged();
    }

    /** Evaluations of the saddle-point equations spent on this point. */
    public int evaluations() {
        return convergence.evaluations();
    }

    /** The saddle in the solver's unknowns {sHat, p, b2}, a starting guess for the next point. */
    double[] unknowns() {
        return new double[] {sHat, p, b2};
    }
}
