package org.phaselab.training.jamming;

import org.phaselab.theory.spherical.SphericalCapacity;

/**
 * The spherical perceptron's SAT/UNSAT line (Gardner, J. Phys. A 21, 257 (1988), eq. (27); THEORY.md
 * section 1), exact (RS) for kappa &gt;= 0:
 * <pre>
 *   alpha_J(kappa) = 1 / int_{-kappa}^inf Dt (t + kappa)^2 = 1 / [(1 + kappa^2) H(-kappa) + kappa G(kappa)]
 * </pre>
 * 2 at kappa = 0 (Cover 1965). For kappa &lt; 0 the problem is non-convex and RS is only an upper
 * bound; the non-convex jamming exponents there are those of Franz and Parisi (2016).
 * The formula lives once, in {@link SphericalCapacity#alphaC(double)} (the theory panel's spherical model);
 * this class adds the jamming references beside it.
 */
public final class JammingLine {
    /** Franz and Parisi, J. Phys. A 49, 145001 (2016): P(gap h) ~ h^(-gamma) for the non-convex perceptron. */
    public static final double PERCEPTRON_GAMMA = 0.41269;
    /** Franz and Parisi (2016): P(force f) ~ f^theta. */
    public static final double PERCEPTRON_THETA = 0.42311;
    /** Geiger et al. (2019): the networks' P+(Delta) ~ Delta^theta, theta ~ 0.3 (read off their plots). */
    public static final double NETWORK_THETA = 0.3;
    /** Geiger et al. (2019): P-(Delta) ~ (-Delta)^(-gamma), gamma ~ 0.2. */
    public static final double NETWORK_GAMMA = 0.2;
    /** Geiger et al. (2019), THEORY.md section 6: P/N* ~ 3 for random data, nearly independent of depth. */
    public static final double PAPER_PATTERNS_PER_WEIGHT = 3.0;

    private JammingLine() {}

    /**
     * Exact SAT probability at kappa = 0 and finite N (Cover, IEEE Trans. Electron. Comput. 14, 326 (1965)):
     * P Gaussian patterns in N dimensions are separable through the origin with probability
     * 2^(1-P) sum_{k<N} C(P-1, k) = Prob[Binomial(P-1, 1/2) &lt;= N-1]; 1/2 at P = 2N.
     */
    public static double coverProbability(int n, int p) {
        if (p <= n) {
            return 1.0;
        }
        // sum in logs: ln C(P-1, k) - (P-1) ln 2, accumulated with a running maximum
        double lnTerm = -(p - 1) * Math.log(2); // k = 0
        double sum = Math.exp(lnTerm);
        for (int k = 1; k < n; k++) {
            lnTerm += Math.log((double) (p - k) / k);
            sum += Math.exp(lnTerm);
        }
        return Math.min(1.0, sum);
    }

    /** alpha_J(kappa). */
    public static double alpha(double kappa) {
        return SphericalCapacity.alphaC(kappa);
    }
}
