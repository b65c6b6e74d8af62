package org.phaselab.training.jamming;

import org.phaselab.theory.numerics.Gaussian;

/**
 * The spherical perceptron's SAT/UNSAT line (Gardner, J. Phys. A 21, 257 (1988), eq. (27); THEORY.md
 * section 1), exact (RS) for kappa &gt;= 0:
 * <pre>
 *   alpha_J(kappa) = 1 / int_{-kappa}^inf Dt (t + kappa)^2 = 1 / [(1 + kappa^2) H(-kappa) + kappa G(kappa)]
 * </pre>
 * 2 at kappa = 0 (Cover 1965). For kappa &lt; 0 the problem is non-convex and RS is only an upper
 * bound; the non-convex jamming exponents there are those of Franz and Parisi (2016).
 * (Placeholder until the theory panel's spherical model lands; the lead reconciles the two.)
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

    /** alpha_J(kappa). */
    public static double alpha(double kappa) {
        return 1.0 / ((1 + kappa * kappa) * Gaussian.h(-kappa) + kappa * Gaussian.g(kappa));
    }
}
