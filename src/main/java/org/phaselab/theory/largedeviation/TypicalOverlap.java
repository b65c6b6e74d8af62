package org.phaselab.theory.largedeviation;

import org.phaselab.theory.numerics.GaussLegendre;

/**
 * Where typical solutions sit from the reference that sees them best (docs/large-deviation.md, LD 4.2): the sign
 * of their mean, W~_i = sign(tanh(sqrt(qh) z_i)), has overlap S* = int Dz |tanh(sqrt(qh) z)| with them, so
 * d* = (1 - S*)/2, qh the conjugate of the typical overlap (THEORY.md section 1). Composite Gauss-Legendre on
 * the half line, panels of width min(1, 1.5/sqrt(qh)) (the integrand is analytic in a strip of that width).
 */
final class TypicalOverlap {
    private static final GaussLegendre GL = GaussLegendre.TEN;

    private TypicalOverlap() {}

    static double distance(double qHat) {
        double a = Math.sqrt(qHat);
        double width = Math.min(1, 1.5 / a);
        int panels = (int) Math.ceil(10 / width - 1e-9);
        double[] z = new double[GL.size()];
        double[] w = new double[GL.size()];
        double overlap = 0;
        for (int k = 0; k < panels; k++) {
            GL.panel(10.0 * k / panels, 10.0 * (k + 1) / panels, true, z, w, 0);
            for (int j = 0; j < z.length; j++) {
                overlap += 2 * w[j] * Math.tanh(a * z[j]);
            }
        }
        return (1 - overlap) / 2;
    }
}
