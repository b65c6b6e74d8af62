package org.phaselab.theory.localentropy;

/**
 * The Franz-Parisi local entropy at one distance d from the reference (THEORY.md section 3).
 *
 * @param d          Hamming distance per weight, (1 - S)/2, in (0, 1/2)
 * @param phi        phi_FP(d) in nats per weight (NaN unless converged)
 * @param upperBound H2(d), the entropy of all configurations at distance d
 * @param q1         overlap of two students around the same reference
 * @param p          overlap of a student with another reference
 * @param q1Hat      conjugate of q1
 * @param pHat       conjugate of p
 * @param slope      d phi/d d = 2 (Sh - alpha dG_E/dS) (envelope theorem; G_E depends on S explicitly)
 * @param sHat       conjugate of S = 1 - 2d
 * @param b2         q1 - p^2/q~ - (S-p)^2/(1-q~): the student-student overlap the references do not explain
 * @param converged  whether the saddle-point equations were solved
 * @param iterations Newton iterations
 * @param residual   max-norm of (S, p, q1) returned minus (S, p, q1) put in
 */
public record LocalEntropyPoint(double d, double phi, double slope, double upperBound, double q1, double p, double q1Hat,
                                double pHat, double sHat, double b2, boolean converged, int iterations, double residual) {

    /** The saddle in the solver's unknowns {sHat, p, sqrt(b2)}, a starting guess for the next point. */
    double[] unknowns() {
        return new double[] {sHat, p, Math.sqrt(b2)};
    }
}
