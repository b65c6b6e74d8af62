package org.phaselab.theory.storage;

import org.phaselab.theory.numerics.GaussLegendre;

/**
 * The entropic (weight) term of the binary perceptron, THEORY.md section 1 (Gardner 1988; Krauth &amp; Mezard 1989):
 * <pre>
 *   lnTwoCosh(qh)   = int Dz ln 2cosh(sqrt(qh) z) = sqrt(qh) sqrt(2/pi) + 2 int_0^inf Dz ln(1 + exp(-2 sqrt(qh) z))
 *   oneMinusQ(qh)   = 1 - int Dz tanh^2(sqrt(qh) z) = 2 int_0^inf Dz sech^2(sqrt(qh) z)
 * </pre>
 * Written as decaying integrands on the half line (no cancellation as q -&gt; 1, no kink at z = 0), by
 * composite Gauss-Legendre with panels of width min(1, 1.5/sqrt(qh)): the integrands are analytic in the strip
 * |Im sqrt(qh) z| &lt; pi/2, so ten nodes per panel reach ~1e-13 at any qh. For Newton's method also
 * d(1 - q)/dqh = -(2/sqrt(qh)) int_0^inf Dz z sech^2(sqrt(qh) z) tanh(sqrt(qh) z) (d/dqh of the second line).
 */
public final class BinaryWeightTerm {
    private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
    private static final GaussLegendre GL = GaussLegendre.TEN;

    private BinaryWeightTerm() {}

    /** Both integrals at once: {ln2cosh mean, 1 - q}. */
    public static double[] evaluate(double qh) {
        return evaluate(qh, true);
    }

    /** As {@link #evaluate(double)}; without {@code withLnCosh} the first entry is left 0 (faster). */
    public static double[] evaluate(double qh, boolean withLnCosh) {
        double[] out = new double[3];
        evaluate(qh, withLnCosh, out);
        return new double[] {out[0], out[1]};
    }

    /** Writes the ln 2cosh mean (0 without {@code withLnCosh}), 1 - q and d(1 - q)/dqh into out[0..2]. */
    public static void evaluate(double qh, boolean withLnCosh, double[] out) {
        double a = Math.sqrt(Math.max(0, qh));
        double zMax = Math.min(10, a > 0 ? 20 / a : 10);
        double width = Math.min(1, a > 0 ? 1.5 / a : 1);
        int panels = (int) Math.ceil(zMax / width - 1e-9);
        double[] z = new double[GL.size()];
        double[] w = new double[GL.size()];
        double lnCosh = 0;
        double sech2 = 0;
        double slope = 0;
        for (int p = 0; p < panels; p++) {
            GL.panel(p * zMax / panels, (p + 1) * zMax / panels, true, z, w, 0);
            for (int i = 0; i < z.length; i++) {
                double e = Math.exp(-2 * a * z[i]);
                if (withLnCosh) {
                    lnCosh += w[i] * Math.log1p(e);
                }
                double s2 = 4 * e / ((1 + e) * (1 + e));
                sech2 += w[i] * s2;
                slope += w[i] * z[i] * s2 * (1 - e) / (1 + e);
            }
        }
        out[0] = withLnCosh ? a * SQRT_2_OVER_PI + 2 * lnCosh : 0;
        out[1] = 2 * sech2;
        out[2] = a > 0 ? -2 * slope / a : -1;   // 1 - q = 1 - qh + O(qh^2) at qh -> 0
    }
}
