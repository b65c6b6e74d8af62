package org.phaselab.theory.localentropy;

import org.phaselab.theory.numerics.Convergence;

/**
 * The one-step Franz-Parisi local entropy at one distance d and Parisi parameter m (docs/local-entropy-1rsb.md).
 *
 * @param d          Hamming distance per weight to the reference, (1 - S)/2
 * @param m          the Parisi parameter of the students' blocks, in (0, 1]
 * @param phi        phi_1RSB(d; m) in nats per weight (NaN unless converged)
 * @param slope      d phi/d d = 2 (Sh - alpha dG_E/dS) at fixed m (1RSB 5)
 * @param complexity Sigma(m) = -m^2 d phi/d m, the entropy of the blocks (1RSB 5); phi is stationary in m where it
 *                   vanishes
 * @param q0         overlap of students in different blocks (same reference)
 * @param q1         overlap of students in the same block
 * @param p          overlap of a student with another reference
 * @param sHat       conjugate of S
 * @param q0Hat      conjugate of q0
 * @param q1Hat      conjugate of q1
 * @param pHat       conjugate of p
 * @param convergence whether the saddle was found, and why not
 */
public record OneStepPoint(double d, double m, double phi, double slope, double complexity, double q0, double q1,
                           double p, double sHat, double q0Hat, double q1Hat, double pHat, Convergence convergence) {

    static OneStepPoint failed(double d, double m, Convergence convergence) {
        double nan = Double.NaN;
        return new OneStepPoint(d, m, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, convergence);
    }

    public boolean converged() {
        return convergence.converged();
    }
}
