package org.phaselab.theory.storage;

import org.phaselab.theory.numerics.Convergence;

/**
 * One RS saddle point of the binary perceptron storage problem (THEORY.md section 1).
 *
 * @param alpha       load P/N
 * @param kappa       margin
 * @param q           overlap between two typical solutions (NaN unless converged)
 * @param qHat        its conjugate (NaN unless converged)
 * @param entropy     s(alpha, kappa) in nats per weight (NaN unless converged)
 * @param physical    converged and s &gt;= 0 (s &lt; 0 beyond the capacity is unphysical)
 * @param convergence whether the saddle-point equations were solved; evaluations of the saddle-point residual; the
 *                    residual |1 - (1 - q(qh))/(1 - q)| at the last evaluation (the relative residual of
 *                    q = int Dz tanh^2(sqrt(qh) z) with qh given by its own equation exactly; when a Newton step
 *                    shorter than 1e-8 ended the search, the root lies that step beyond it); why not
 */
public record StoragePoint(double alpha, double kappa, double q, double qHat, double entropy,
                           boolean physical, Convergence convergence) {

    static StoragePoint notConverged(double alpha, double kappa, Convergence convergence) {
        return new StoragePoint(alpha, kappa, Double.NaN, Double.NaN, Double.NaN, false, convergence);
    }

    public boolean converged() {
        return convergence.converged();
    }
}
