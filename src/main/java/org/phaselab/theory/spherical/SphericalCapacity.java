package org.phaselab.theory.spherical;

import org.phaselab.theory.numerics.Gaussian;

/**
 * Capacity of the spherical perceptron with margin kappa (Gardner, J. Phys. A 21, 257 (1988), eq. 3.12;
 * THEORY.md section 1), where the saddle-point overlap q reaches 1:
 * <pre>
 *   alpha_sph(kappa) = 1 / int_{-kappa}^inf Dt (t + kappa)^2 = 1 / [(1 + kappa^2) H(-kappa) + kappa G(kappa)]
 * </pre>
 * (using int_a^inf Dt t = G(a), int_a^inf Dt t^2 = a G(a) + H(a)). alpha_sph(0) = 2 (Cover 1965). For kappa &gt;= 0
 * this is also the SAT/UNSAT (jamming) line alpha_J(kappa) of the convex problem (THEORY.md section 6; Franz &amp;
 * Parisi 2016). For kappa &lt; 0 the solution space is not convex, replica symmetry breaks before q -&gt; 1 and the
 * RS formula is only an upper estimate: {@link Capacity#rsExact()} says so.
 */
public final class SphericalCapacity {
    private SphericalCapacity() {}

    /** The capacity, with whether RS is exact at this margin. */
    public static Capacity of(double kappa) {
        if (!Double.isFinite(kappa)) {
            throw new IllegalArgumentException("kappa must be finite, got " + kappa);
        }
        return new Capacity(kappa, alphaC(kappa), isRsExact(kappa));
    }

    /** 1/[(1 + kappa^2) H(-kappa) + kappa G(kappa)]. */
    public static double alphaC(double kappa) {
        return 1.0 / ((1 + kappa * kappa) * Gaussian.h(-kappa) + kappa * Gaussian.g(kappa));
    }

    /** RS is exact for the convex problem, kappa &gt;= 0 (Gardner 1988; Franz &amp; Parisi 2016 for kappa &lt; 0). */
    public static boolean isRsExact(double kappa) {
        return kappa >= 0;
    }

    /**
     * @param kappa   margin
     * @param alphaC  patterns per weight at which the Gardner volume vanishes (RS)
     * @param rsExact false for kappa &lt; 0, where the RS value is not the true capacity
     */
    public record Capacity(double kappa, double alphaC, boolean rsExact) {}
}
