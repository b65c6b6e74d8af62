package org.phaselab.theory.localentropy;

import org.phaselab.theory.numerics.GaussLegendre;

/**
 * Panel sizes of the energetic term's (z0, x1) rule: composite Gauss-Legendre panels graded around the kinks
 * (the reference's margin in z0, the student's in x1) whose far-field width is capped by these maxima.
 *
 * @param gl          nodes per panel
 * @param z0MaxWidth  largest z0 panel
 * @param x1MaxWidth  largest x1 panel (shrunk further as 1.5/u~ where the truncated density decays like e^{-u~ s})
 */
public record Quadrature(GaussLegendre gl, double z0MaxWidth, double x1MaxWidth) {
    private static final GaussLegendre EIGHT = new GaussLegendre(8);

    /** The rule the identities of THEORY.md section 3 were first checked with (unit panels). */
    public static final Quadrature REFERENCE = new Quadrature(EIGHT, 1, 1);

    /**
     * Far-field panels of 2.5: a third of the nodes. Against REFERENCE, G_E, q1h, ph and dG_E/dS agree to 1e-10 at
     * d in [2e-4, 0.4] for seven (alpha, kappaRef, kappa) (both differ from a 16-point rule on half-width panels
     * by up to 2e-8 in dG_E/dS, 6e-9 in q1h, 2e-11 in G_E: the error is in the graded panels near the kinks).
     */
    public static final Quadrature FAST = new Quadrature(EIGHT, 2.5, 2.5);
}
