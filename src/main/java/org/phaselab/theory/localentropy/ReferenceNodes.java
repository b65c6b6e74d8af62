package org.phaselab.theory.localentropy;

import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.numerics.GaussLegendre;
import org.phaselab.theory.numerics.GradedPanels;

/**
 * The outer (z0) nodes of the energetic term's integral and what at each node depends on the reference alone
 * (THEORY.md section 3): u~ = (kappaRef - sqrt(q~) z0)/sqrt(1-q~), ln (G/H)(u~), and the range
 * [sMin, sMax] of x1 - u~ beyond which the truncated density is below 1e-16. Built once per reference and
 * {@link Quadrature}, so a Newton iteration evaluates no H at these nodes.
 */
public final class ReferenceNodes {
    /** |z0| &lt;= 8.5: G(8.5) = 2e-16, far below the 1e-9 the tables are good for. */
    private static final double Z0_RANGE = 8.5;
    private static final double LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    public final Reference ref;
    public final Quadrature quadrature;
    public final double[] z0;
    public final double[] weight;
    public final double[] lnTail;
    public final double[] uTilde;
    public final double[] sMin;
    public final double[] sMax;

    public ReferenceNodes(Reference ref, Quadrature quadrature) {
        this.ref = ref;
        this.quadrature = quadrature;
        double sqt = Math.sqrt(ref.q());
        double s1t = Math.sqrt(1 - ref.q());
        GaussLegendre gl = quadrature.gl();
        // graded around the kink u~ = 0 of the reference's constraint, on its scale sqrt((1-q~)/q~)
        double[] breaks = GradedPanels.breaks(-Z0_RANGE, Z0_RANGE, ref.kappaRef() / sqt, s1t / sqt,
                quadrature.z0MaxWidth());
        int n = (breaks.length - 1) * gl.size();
        z0 = new double[n];
        weight = new double[n];
        lnTail = new double[n];
        uTilde = new double[n];
        sMin = new double[n];
        sMax = new double[n];
        int off = 0;
        for (int k = 0; k + 1 < breaks.length; k++) {
            off = gl.panel(breaks[k], breaks[k + 1], true, z0, weight, off);
        }
        for (int i = 0; i < n; i++) {
            double u = (ref.kappaRef() - sqt * z0[i]) / s1t;
            uTilde[i] = u;
            // ln G(u) - ln H(u) without under- or overflow: near capacity (q~ -> 1) |u~| reaches ~100, where G/H
            // underflows and exp(-u~ s - s^2/2) overflows although their product, G(u~+s)/H(u~), is finite
            lnTail[i] = -0.5 * u * u - LN_SQRT_2PI - Gaussian.lnH(u);
            // (G/H)(u~) exp(-u~ s - s^2/2) < 1e-16 beyond these, for either sign of u~
            sMax[i] = u >= 0 ? Math.min(8.7, 38 / Math.max(u, 1e-9)) : 8.7 - u;
            sMin[i] = Math.max(0, -u - 8.7);
        }
    }

    public int size() {
        return z0.length;
    }
}
