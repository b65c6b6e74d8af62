package org.phaselab.theory.largedeviation;

import org.phaselab.theory.numerics.GaussLegendre;
import org.phaselab.theory.numerics.GradedPanels;

/**
 * Composite Gauss-Legendre nodes and weights on breakpoints graded around a feature ({@link GradedPanels#breaks}); for
 * the finite-y solution-reference averages (docs/large-deviation.md, LD 12.6).
 */
record PanelRule(double[] nodes, double[] weights) {
    /** Half-width of the standard Gaussian range: G(9) ~ 1e-18. */
    static final double GAUSSIAN_RANGE = 9;

    /** int Dz f(z) over |z| &lt;= {@link #GAUSSIAN_RANGE}, graded around {@code center} at scale {@code width}. */
    static PanelRule gaussian(double center, double width, double maxWidth, GaussLegendre gl) {
        return of(GradedPanels.breaks(-GAUSSIAN_RANGE, GAUSSIAN_RANGE, clamp(center, GAUSSIAN_RANGE), width, maxWidth), true, gl);
    }

    /** int f(x) dx over [lo, hi], graded around {@code center} at scale {@code width}. */
    static PanelRule plain(double lo, double hi, double center, double width, double maxWidth, GaussLegendre gl) {
        return of(GradedPanels.breaks(lo, hi, Math.max(lo, Math.min(hi, center)), width, maxWidth), false, gl);
    }

    int size() {
        return nodes.length;
    }

    private static PanelRule of(double[] breaks, boolean gaussian, GaussLegendre gl) {
        int panels = Math.max(0, breaks.length - 1);
        double[] z = new double[panels * gl.size()];
        double[] w = new double[z.length];
        int off = 0;
        for (int k = 0; k < panels; k++) {
            off = gl.panel(breaks[k], breaks[k + 1], gaussian, z, w, off);
        }
        return new PanelRule(z, w);
    }

    private static double clamp(double x, double range) {
        return Double.isFinite(x) ? Math.max(-range, Math.min(range, x)) : 0;
    }
}
