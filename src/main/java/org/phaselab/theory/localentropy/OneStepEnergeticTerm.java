package org.phaselab.theory.localentropy;

import org.phaselab.theory.numerics.GaussLegendre;
import org.phaselab.theory.numerics.GradedPanels;
import org.phaselab.theory.numerics.TailTable;

/**
 * The pattern term of the one-step Franz-Parisi potential (docs/local-entropy-1rsb.md, 1RSB 3.1):
 * <pre>
 *   G_E = int Dz0 (1/H(u~)) int_{u~}^inf Dx1 Psi(mu),   mu = kappa - (p/sqrt q~) z0 - A x1,   A = (S-p)/sqrt(1-q~)
 *   Psi(mu) = int Dz1 (1/m) ln int Dzb H((mu - B0 z1 - sqrt(q1-q0) zb)/sqrt(1-q1))^m,  B0^2 = q0 - p^2/q~ - A^2
 * </pre>
 * and its derivatives (1RSB 4.1): dG_E/dq1 = -(1-m)/2 E&lt;k'^2&gt;, dG_E/dq0 = -(m/2) E&lt;k'&gt;^2,
 * dG_E/dp = E[&lt;k'&gt;(x1/sqrt(1-q~) - z0/sqrt q~)] - (e_p/2) E[curv], dG_E/dS = -E[&lt;k'&gt; x1]/sqrt(1-q~)
 * - (A/sqrt(1-q~)) E[curv], with k(L) = ln H(L/sqrt(1-q1)) and e_p = 2p/q~ - 2(S-p)/(1-q~). The (z0, x1) rule
 * is that of {@link EnergeticTerm} (graded panels from the reference's nodes), Psi from {@link OneStepAverage}.
 */
final class OneStepEnergeticTerm {
    /** Grid steps of the table per unit of the student's own field scale sqrt(q1 - q0 + 1 - q1). */
    private static final double GRID_PER_SCALE = 1.0 / 16;
    /** Block-average step in zb per unit of the ratio sqrt((1-q1)/(q1-q0)) (the width of H's edge in zb). */
    private static final double BLOCK_STEP = 0.25;
    /** Panels of the truncated density in x1 - u~ are at most this wide (as in {@link EnergeticTerm}). */
    private static final double DENSITY_SCALE = 1.5;
    private static final double B2_ROUNDING = 1e-13;

    /**
     * @param gE      G_E
     * @param q1Hat   alpha E&lt;k'^2&gt; (1RSB 4.1)
     * @param q0Hat   alpha E&lt;k'&gt;^2
     * @param pHat    -alpha dG_E/dp
     * @param dgEdS   the explicit dG_E/dS (for the slope)
     * @param dgEdm   the explicit dG_E/dm = E[&lt;k&gt; - Psi]/m (for the complexity)
     * @param curvatureSquared E&lt;k''^2&gt; (with q1 = q0: the energetic half of the replicon, 1RSB 2)
     */
    record Result(double gE, double q1Hat, double q0Hat, double pHat, double dgEdS, double dgEdm,
                  double curvatureSquared) {}

    private OneStepEnergeticTerm() {}

    /** Null when (S, p, q0, q1) is not an overlap matrix (B0^2 &lt; 0, q1 &lt; q0 or q1 &gt;= 1). */
    static Result evaluate(double alpha, double kappa, ReferenceNodes nodes, double s, double p, double q0, double q1,
                           double m) {
        double qt = nodes.ref.q();
        double sqt = Math.sqrt(qt);
        double s1t = Math.sqrt(1 - qt);
        double a = (s - p) / s1t;
        double b02 = q0 - p * p / qt - a * a;
        double delta = q1 - q0;
        double s2 = 1 - q1;
        if (!(b02 >= -B2_ROUNDING) || !(delta >= 0) || !(s2 > 0)) {
            return null;
        }
        double b0 = Math.sqrt(Math.max(0, b02));
        double own = Math.sqrt(delta + s2);
        double sqrtS2 = Math.sqrt(s2);
        double[] f = new double[TailTable.OUT_SIZE];
        OneStepAverage.SiteFunction site = (l, out) -> {
            TailTable.lnHAndRatio(l / sqrtS2, f);
            double v = l / sqrtS2;
            out[0] = f[0];
            out[1] = -f[1] / sqrtS2;                  // (ln H)' = -G/H
            out[2] = -f[1] * (f[1] - v) / s2;         // (ln H)'' = -r (r - v)
        };
        FieldNodes field = fieldNodes(kappa, nodes, p / sqt, a, Math.sqrt(b02 + delta + s2));
        double blockStep = delta > 0 ? Math.min(BLOCK_STEP, BLOCK_STEP * Math.sqrt(s2 / delta)) : 1;
        OneStepAverage psi = new OneStepAverage(site, m, b0, Math.sqrt(delta), field.lo, field.hi,
                GRID_PER_SCALE * own, blockStep);
        Sums sums = field.integrate(psi);
        double ep = 2 * p / qt - 2 * (s - p) / (1 - qt);
        double curv = sums.e[OneStepAverage.CURVATURE];
        double dgEdp = sums.firstX1 / s1t - sums.firstZ0 / sqt - 0.5 * ep * curv;
        double dgEdS = -sums.firstX1 / s1t - a / s1t * curv;
        double dgEdm = (sums.e[OneStepAverage.MEAN] - sums.e[OneStepAverage.VALUE]) / m;
        return new Result(sums.e[OneStepAverage.VALUE], alpha * sums.e[OneStepAverage.SECOND_MOMENT],
                alpha * sums.e[OneStepAverage.FIRST_SQUARED], -alpha * dgEdp, dgEdS, dgEdm,
                sums.e[OneStepAverage.CURVATURE_SQUARED]);
    }

    /** The weighted sums over the (z0, x1) nodes of the table's averages, and of &lt;k'&gt; times z0 and x1. */
    private static final class Sums {
        final double[] e = new double[OneStepAverage.COUNT];
        double firstZ0, firstX1;
    }

    /**
     * Nodes below this weight are left out of the table's range (read from its end, clamped): with |Psi| &lt; ~1e4
     * their whole contribution is below 1e-18, while they would stretch the range ~3-fold (the reference's fields reach
     * |z0| = 8.5 and x1 = u~ + 8.7 for a density of 1e-16 each).
     */
    private static final double NEGLIGIBLE_WEIGHT = 1e-22;

    /** The (z0, x1) nodes with their weights and student fields mu, and the range of mu over the weighty ones. */
    private static final class FieldNodes {
        double[] z0 = new double[1024], x1 = new double[1024], mu = new double[1024], w = new double[1024];
        int count;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;

        void add(double z, double x, double m, double weight) {
            if (count == w.length) {
                z0 = java.util.Arrays.copyOf(z0, 2 * count);
                x1 = java.util.Arrays.copyOf(x1, 2 * count);
                mu = java.util.Arrays.copyOf(mu, 2 * count);
                w = java.util.Arrays.copyOf(w, 2 * count);
            }
            z0[count] = z;
            x1[count] = x;
            mu[count] = m;
            w[count++] = weight;
            if (weight > NEGLIGIBLE_WEIGHT) {
                lo = Math.min(lo, m);
                hi = Math.max(hi, m);
            }
        }

        Sums integrate(OneStepAverage psi) {
            double[] v = new double[OneStepAverage.COUNT];
            Sums sums = new Sums();
            for (int n = 0; n < count; n++) {
                psi.at(mu[n], v);
                for (int c = 0; c < v.length; c++) {
                    sums.e[c] += w[n] * v[c];
                }
                sums.firstZ0 += w[n] * v[OneStepAverage.FIRST] * z0[n];
                sums.firstX1 += w[n] * v[OneStepAverage.FIRST] * x1[n];
            }
            return sums;
        }
    }

    /**
     * The reference-weighted (z0, x1) rule (THEORY.md section 3 as in {@link EnergeticTerm}): x1 = u~ + s with the
     * truncated density (G/H)(u~) e^{-u~ s - s^2/2}, panels graded from s = 0 and around mu = 0 on the scale
     * sigma/|A| (sigma^2 = q0 - p^2/q~ - A^2 + 1 - q0, the student's field noise).
     */
    private static FieldNodes fieldNodes(double kappa, ReferenceNodes nodes, double a0, double a, double sigma) {
        GaussLegendre gl = nodes.quadrature.gl();
        double[] sNodes = new double[gl.size()];
        double[] sWeights = new double[gl.size()];
        double kinkWidth = sigma / Math.max(Math.abs(a), 1e-12);
        GradedPanels.Buffer breaks = new GradedPanels.Buffer();
        FieldNodes field = new FieldNodes();
        for (int i = 0; i < nodes.size(); i++) {
            double z0 = nodes.z0[i];
            double u = nodes.uTilde[i];
            double mean0 = kappa - a0 * z0;
            double sKink = a != 0 ? mean0 / a - u : Double.NaN;
            GradedPanels.gradedFromEdge(nodes.sMin[i], nodes.sMax[i], sKink, kinkWidth, DENSITY_SCALE / Math.max(1, u),
                    nodes.quadrature.x1MaxWidth(), breaks);
            for (int k = 0; k + 1 < breaks.count(); k++) {
                gl.panel(breaks.at(k), breaks.at(k + 1), false, sNodes, sWeights, 0);
                for (int j = 0; j < sNodes.length; j++) {
                    double sj = sNodes[j];
                    double w = nodes.weight[i] * sWeights[j] * Math.exp(nodes.lnTail[i] - u * sj - 0.5 * sj * sj);
                    double x1 = u + sj;
                    field.add(z0, x1, mean0 - a * x1, w);
                }
            }
        }
        return field;
    }
}
