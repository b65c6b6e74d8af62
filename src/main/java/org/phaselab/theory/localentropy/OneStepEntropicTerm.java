package org.phaselab.theory.localentropy;

import org.phaselab.theory.numerics.GaussLegendre;

/**
 * The weight term of the one-step Franz-Parisi potential (docs/local-entropy-1rsb.md, 1RSB 3.2), the reference spin
 * gauged to +1 as in {@link EntropicTerm}:
 * <pre>
 *   G_S = int Dz0 (1 + tanh(sqrt(q~h) z0)) Psi_S(c),   c = (ph/sqrt q~h) z0 + Sh - ph
 *   Psi_S(c) = int Dz1 (1/m) ln int Dzb [2cosh(c + sqrt(q0h - ph^2/q~h) z1 + sqrt(q1h - q0h) zb)]^m
 * </pre>
 * and the overlaps it returns (1RSB 4.2): S = E&lt;t&gt;, q1 = E&lt;t^2&gt;, q0 = E&lt;t&gt;^2,
 * p = S - E[z0 &lt;t&gt;]/sqrt(q~h) + (ph/q~h) E[curv], t = tanh,
 * curv = 1 - &lt;t^2&gt; + m (&lt;t^2&gt; - &lt;t&gt;^2).
 * z0 on Gauss-Legendre panels, the rest from {@link OneStepAverage} (ln 2cosh is even, so the sign of the
 * Gaussian shifts does not matter).
 */
final class OneStepEntropicTerm {
    private static final GaussLegendre GL = new GaussLegendre(8);
    /** |z0| &lt;= this (G(9) = 1e-18), in panels of this width. */
    private static final double Z0_RANGE = 9;
    private static final double Z0_PANEL = 0.1;
    /** Grid step in c (ln 2cosh changes on the scale 1: spline error ~h^4/384 ~ 1e-9). */
    private static final double GRID_STEP = 0.02;
    /** Block-average step in zb, at most this over sqrt(q1h - q0h). */
    private static final double BLOCK_STEP = 0.2;
    private static final double SPREAD_ROUNDING = 1e-13;

    /**
     * @param gS        G_S
     * @param s         E&lt;t&gt;
     * @param oneMinusS E[1 - &lt;t&gt;]
     * @param q1        E&lt;t^2&gt;
     * @param oneMinusQ1 E[1 - &lt;t^2&gt;]
     * @param q0        E&lt;t&gt;^2
     * @param p         the overlap with the other references
     * @param dgSdm     the explicit dG_S/dm = E[&lt;ln 2cosh&gt; - Psi_S]/m
     * @param sech4     E&lt;(1 - t^2)^2&gt; (with q1h = q0h: the entropic half of the replicon)
     */
    record Result(double gS, double s, double oneMinusS, double q1, double oneMinusQ1, double q0, double p,
                  double dgSdm, double sech4) {}

    private OneStepEntropicTerm() {}

    /** Null when the conjugates are not a covariance (q0h &lt; ph^2/q~h or q1h &lt; q0h). */
    static Result evaluate(Reference ref, double q1Hat, double q0Hat, double pHat, double sHat, double m) {
        double a0 = Math.sqrt(ref.qHat());
        double s02 = q0Hat - pHat * pHat / ref.qHat();
        double s12 = q1Hat - q0Hat;
        if (!(s02 >= -SPREAD_ROUNDING) || !(s12 >= -SPREAD_ROUNDING)) {
            return null;
        }
        double sigma1 = Math.sqrt(Math.max(0, s12));
        double slope = pHat / a0;
        double offset = sHat - pHat;
        OneStepAverage.SiteFunction site = (x, out) -> {
            double e = Math.exp(-2 * Math.abs(x));
            double t = Math.copySign((1 - e) / (1 + e), x);
            out[0] = Math.abs(x) + Math.log1p(e);      // ln 2cosh x
            out[1] = t;
            out[2] = 1 - t * t;
        };
        double reach = Math.abs(slope) * Z0_RANGE;
        OneStepAverage psi = new OneStepAverage(site, m, Math.sqrt(Math.max(0, s02)), sigma1, offset - reach,
                offset + reach, GRID_STEP, sigma1 > 0 ? Math.min(BLOCK_STEP, BLOCK_STEP / sigma1) : 1);
        int panels = (int) Math.round(2 * Z0_RANGE / Z0_PANEL);
        double[] z = new double[GL.size()];
        double[] w = new double[GL.size()];
        double[] v = new double[OneStepAverage.COUNT];
        double[] e = new double[OneStepAverage.COUNT];
        double z0First = 0, oneMinusS = 0, oneMinusQ1 = 0;
        for (int k = 0; k < panels; k++) {
            GL.panel(-Z0_RANGE + k * Z0_PANEL, -Z0_RANGE + (k + 1) * Z0_PANEL, true, z, w, 0);
            for (int i = 0; i < z.length; i++) {
                double weight = w[i] * 2 / (1 + Math.exp(-2 * a0 * z[i]));   // (1 + tanh(a0 z0)) Dz0
                psi.at(slope * z[i] + offset, v);
                for (int c = 0; c < v.length; c++) {
                    e[c] += weight * v[c];
                }
                z0First += weight * z[i] * v[OneStepAverage.FIRST];
                oneMinusS += weight * (1 - v[OneStepAverage.FIRST]);
                oneMinusQ1 += weight * (1 - v[OneStepAverage.SECOND_MOMENT]);
            }
        }
        double s = e[OneStepAverage.FIRST];
        double p = s - z0First / a0 + pHat / ref.qHat() * e[OneStepAverage.CURVATURE];
        return new Result(e[OneStepAverage.VALUE], s, oneMinusS, e[OneStepAverage.SECOND_MOMENT], oneMinusQ1,
                e[OneStepAverage.FIRST_SQUARED], p, (e[OneStepAverage.MEAN] - e[OneStepAverage.VALUE]) / m,
                e[OneStepAverage.CURVATURE_SQUARED]);
    }
}
