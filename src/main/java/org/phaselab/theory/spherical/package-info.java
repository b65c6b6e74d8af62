/**
 * The spherical perceptron (|w|^2 = N, continuous weights) storing P = alpha N random patterns with margin kappa:
 * the RS Gardner volume, its saddle-point overlap q and its capacity alpha_sph(kappa) (Gardner, J. Phys. A 21, 257
 * (1988); THEORY.md section 1), which is also the jamming line alpha_J(kappa) for kappa &gt;= 0 (THEORY.md
 * section 6). For kappa &lt; 0 the problem is non-convex and RS is not exact; results say so.
 * <p>
 * Terms and units: alpha = P/N; kappa, the margin, in units of |w|/sqrt(N) times the pattern scale; q in [0, 1);
 * entropy phi_sph = (1/N) ln of the fraction of the sphere that solves all constraints, in nats per weight
 * (0 at alpha = 0, ~alpha ln H(kappa) for small alpha, -infinity at the capacity).
 */
package org.phaselab.theory.spherical;
