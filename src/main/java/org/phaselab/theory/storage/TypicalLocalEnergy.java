package org.phaselab.theory.storage;

import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.numerics.GaussLegendre;
import org.phaselab.theory.numerics.GradedGaussianRule;

/**
 * Local energy: the training error after flipping a random fraction p of the weights of a solution (THEORY.md
 * section 7). A stability l becomes (1-2p) l + 2 sqrt(p(1-p)) z, so for typical solutions at margin 0, whose RS
 * stability distribution is rho(l) = int Dz G((l - sqrt(q) z)/sqrt(1-q)) / (sqrt(1-q) H(-sqrt(q) z/sqrt(1-q))), l &gt; 0,
 * <pre>
 *   E(p) = int_0^inf dl rho(l) H(c l),   c = (1-2p)/(2 sqrt(p(1-p)))
 *        = int Dz (G/H)(u0) int_0^inf ds exp(-u0 s - s^2/2) H(c sqrt(1-q) s),   u0 = -sqrt(q) z/sqrt(1-q)
 * </pre>
 * (l = sqrt(q) z + sqrt(1-q) y with y &gt;= u0 truncated, y = u0 + s). For the planted teacher (a direction uniform
 * on the sphere relative to the patterns), E(p) = arccos(1-2p)/pi.
 */
public final class TypicalLocalEnergy {
    private static final GaussLegendre GL = GaussLegendre.TEN;

    private TypicalLocalEnergy() {}

    /** E(p) of typical solutions at load alpha (margin 0); NaN when the storage saddle is not found. */
    public static double typical(double alpha, double p) {
        checkFraction(p);
        StoragePoint point = new BinaryStorage().solve(alpha, 0);
        if (!point.converged()) {
            return Double.NaN;
        }
        double q = point.q();
        double sq = Math.sqrt(q);
        double s1 = Math.sqrt(1 - q);
        double c = (1 - 2 * p) / (2 * Math.sqrt(p * (1 - p))) * s1;
        GradedGaussianRule zRule = GradedGaussianRule.around(0, s1 / sq, GradedGaussianRule.L, GL);
        double[] sNodes = new double[GL.size()];
        double[] sWeights = new double[GL.size()];
        double energy = 0;
        for (int i = 0; i < zRule.size(); i++) {
            double u0 = -sq * zRule.node(i) / s1;
            double sMax = u0 >= 0 ? Math.min(8.7, 38 / Math.max(u0, 1e-9)) : 8.7 - u0;
            double width = Math.min(Math.min(1, 1.5 / Math.max(1, u0)), 1.0 / c);
            int panels = (int) Math.ceil(sMax / width - 1e-9);
            double inner = 0;
            for (int k = 0; k < panels; k++) {
                GL.panel(k * sMax / panels, (k + 1) * sMax / panels, false, sNodes, sWeights, 0);
                for (int j = 0; j < sNodes.length; j++) {
                    double s = sNodes[j];
                    inner += sWeights[j] * Math.exp(-u0 * s - 0.5 * s * s) * Gaussian.h(c * s);
                }
            }
            energy += zRule.weight(i) * Gaussian.gOverH(u0) * inner;
        }
        return energy;
    }

    /** E(p) = arccos(1-2p)/pi of the planted teacher. */
    public static double plantedTeacher(double p) {
        checkFraction(p);
        return Math.acos(1 - 2 * p) / Math.PI;
    }

    private static void checkFraction(double p) {
        if (!(p > 0 && p < 0.5)) {
            throw new IllegalArgumentException("the flipped fraction p must lie in (0, 1/2), got " + p);
        }
    }
}
