package org.phaselab.theory.storage;

import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.numerics.GaussLegendre;
import org.phaselab.theory.numerics.GradedGaussianRule;

/**
 * The energetic (pattern) term of the perceptron with margin kappa, THEORY.md section 1 (Gardner 1988):
 * <pre>
 *   lnH(q)     = int Dz ln H(u),           u = (kappa - sqrt(q) z)/sqrt(1-q)
 *   gOverH2(q) = int Dz [G(u)/H(u)]^2
 * </pre>
 * The integrands change on the scale sqrt((1-q)/q) around z = kappa/sqrt(q) and vanish (below 1e-19)
 * for u &lt; -9, so the rule is graded there ({@link GradedGaussianRule}) and cut at u = -9.
 * Identity: d lnH/dq = -gOverH2/(2(1-q)) (Stein's lemma), which makes qh = alpha gOverH2/(1-q) the saddle.
 */
public final class MarginTerm {
    private MarginTerm() {}

    /** {int Dz ln H(u), int Dz (G/H)^2(u)} for overlap q = 1 - oneMinusQ. */
    public static double[] evaluate(double kappa, double oneMinusQ) {
        return evaluate(kappa, oneMinusQ, true);
    }

    /** As {@link #evaluate(double, double)}; without {@code withLnH} the first entry is left 0 (faster). */
    public static double[] evaluate(double kappa, double oneMinusQ, boolean withLnH) {
        double q = 1 - oneMinusQ;
        if (q <= 0) {
            double r = Gaussian.gOverH(kappa);
            return new double[] {Gaussian.lnH(kappa), r * r};
        }
        double sq = Math.sqrt(q);
        double s1 = Math.sqrt(oneMinusQ);
        double center = kappa / sq;
        double width = s1 / sq;
        GradedGaussianRule rule = GradedGaussianRule.around(center, width, center + 9 * width, GaussLegendre.TEN);
        double lnH = 0;
        double r2 = 0;
        for (int i = 0; i < rule.size(); i++) {
            double u = (kappa - sq * rule.node(i)) / s1;
            double r = Gaussian.gOverH(u);
            if (withLnH) {
                lnH += rule.weight(i) * Gaussian.lnH(u);
            }
            r2 += rule.weight(i) * r * r;
        }
        return new double[] {lnH, r2};
    }
}
