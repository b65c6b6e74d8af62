package org.phaselab.theory.spherical;

import org.phaselab.theory.numerics.Convergence;

/**
 * The RS saddle point of the spherical perceptron's Gardner volume at (alpha, kappa).
 *
 * @param alpha      patterns per weight, P/N
 * @param kappa      margin
 * @param q          overlap of two solutions (1 beyond the capacity, NaN if not converged)
 * @param entropy    phi_sph, log volume per weight in nats (-infinity beyond the capacity, NaN if not converged)
 * @param status     CONVERGED, BEYOND_CAPACITY (alpha &gt;= alpha_sph(kappa): the volume is empty), NOT_CONVERGED
 * @param rsExact    false for kappa &lt; 0, where the RS saddle point is not the exact answer
 * @param convergence root-finder evaluations, |q - alpha (1-q) I(q)| at the end, and why it failed
 */
public record SphericalPoint(double alpha, double kappa, double q, double entropy, Status status, boolean rsExact,
                             Convergence convergence) {

    public enum Status { CONVERGED, BEYOND_CAPACITY, NOT_CONVERGED }

    public boolean converged() {
        return status == Status.CONVERGED;
    }
}
