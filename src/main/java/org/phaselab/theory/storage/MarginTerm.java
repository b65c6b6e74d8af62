package org.phaselab.theory.storage;

import org.phaselab.theory.numerics.GaussLegendre;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.numerics.GradedGaussianRule;
import org.phaselab.theory.numerics.GradedPanels;
import org.phaselab.theory.numerics.TailTable;

/**
 * The energetic (pattern) term of the perceptron with margin kappa, THEORY.md section 1 (Gardner 1988):
 * <pre>
 *   lnH(q)     = int Dz ln H(u),           u = (kappa - sqrt(q) z)/sqrt(1-q)
 *   gOverH2(q) = int Dz [G(u)/H(u)]^2
 * </pre>
 * The integrands change on the scale sqrt((1-q)/q) around z = kappa/sqrt(q) and vanish (below 1e-19)
 * for u &lt; -9, so the rule is graded there (Gauss-Legendre panels of at most width 2, ten nodes, over
 * |z| &lt;= {@link GradedGaussianRule#L}) and cut at u = -9. Identity: d lnH/dq = -gOverH2/(2(1-q)) (Stein's lemma), which makes qh = alpha gOverH2/(1-q) the saddle.
 * The q-derivative of gOverH2, for Newton's method: d/dq E F(u) = (E F''(u) + E[u F'(u)])/(2(1-q)) (u's
 * q-dependence, Stein's lemma in z), with F = r^2, r = G/H, r' = r (r - u), r'' = r' (2r - u) - r. ln H and r come
 * from {@link TailTable}.
 */
public final class MarginTerm {
    private static final GaussLegendre GL = GaussLegendre.TEN;
    /** The integrands vanish below 1e-19 for u &lt; this (z beyond kappa/sqrt q + 9 sqrt((1-q)/q)). */
    private static final double U_CUT = 9;
    /**
     * Largest panel in z: ten Gauss-Legendre nodes integrate the Gaussian weight over a panel of 2 to
     * h^21 (10!)^4/(21 (20!)^3) max|d^20 G| ~ 2e-15.
     */
    private static final double MAX_PANEL = 2;

    private MarginTerm() {}

    /** {int Dz ln H(u), int Dz (G/H)^2(u)} for overlap q = 1 - oneMinusQ. */
    public static double[] evaluate(double kappa, double oneMinusQ) {
        double[] out = new double[3];
        evaluate(kappa, oneMinusQ, out);
        return new double[] {out[0], out[1]};
    }

    /**
     * Writes int Dz ln H(u), int Dz (G/H)^2(u) and the q-derivative of the latter into out[0..2] for overlap
     * q = 1 - oneMinusQ (caller-owned array).
     */
    public static void evaluate(double kappa, double oneMinusQ, double[] out) {
        double q = 1 - oneMinusQ;
        if (q <= 0) {
            double r = Gaussian.gOverH(kappa);
            out[0] = Gaussian.lnH(kappa);
            out[1] = r * r;
            out[2] = Double.NaN;
            return;
        }
        double sq = Math.sqrt(q);
        double s1 = Math.sqrt(oneMinusQ);
        double center = kappa / sq;
        double width = s1 / sq;
        double hi = Math.min(GradedGaussianRule.L, center + U_CUT * width);
        double[] breaks = GradedPanels.breaks(-GradedGaussianRule.L, hi, center, width, MAX_PANEL);
        double[] z = new double[GL.size()];
        double[] w = new double[GL.size()];
        double[] f = new double[TailTable.OUT_SIZE];
        double lnH = 0;
        double r2 = 0;
        double slope = 0;
        for (int k = 0; k + 1 < breaks.length; k++) {
            GL.panel(breaks[k], breaks[k + 1], true, z, w, 0);
            for (int i = 0; i < z.length; i++) {
                double u = (kappa - sq * z[i]) / s1;
                TailTable.lnHAndRatio(u, f);
                double r = f[1];
                double r1 = r * (r - u);
                double r2u = r1 * (2 * r - u) - r;
                lnH += w[i] * f[0];
                r2 += w[i] * r * r;
                // F = r^2: F' = 2 r r', F'' = 2 (r'^2 + r r'')
                slope += w[i] * (2 * (r1 * r1 + r * r2u) + 2 * u * r * r1);
            }
        }
        out[0] = lnH;
        out[1] = r2;
        out[2] = slope / (2 * oneMinusQ);
    }
}
