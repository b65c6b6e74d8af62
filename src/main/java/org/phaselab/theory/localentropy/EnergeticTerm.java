package org.phaselab.theory.localentropy;

import org.phaselab.theory.numerics.GaussLegendre;
import org.phaselab.theory.numerics.GradedPanels;

/**
 * The pattern term of the Franz-Parisi potential and the conjugates it fixes (THEORY.md section 3):
 * <pre>
 *   G_E = int Dz0 (1/H(u~)) int_{u~}^inf Dx1 int Dz1 ln H(v),   u~ = (kappaRef - sqrt(q~) z0)/sqrt(1-q~)
 *   v   = (kappa - (p/sqrt(q~)) z0 - A x1 - B z1)/sqrt(1-q1),   A = (S-p)/sqrt(1-q~),  B^2 = q1 - p^2/q~ - A^2
 *   q1h = alpha/(1-q1) E[(G/H)(v)^2]
 *   ph  = alpha/sqrt(1-q1) { E[g(v)(z0/sqrt(q~) - x1/sqrt(1-q~))] - (-p/q~ + (S-p)/(1-q~)) E[g'(v)]/sqrt(1-q1) }
 * </pre>
 * (g = ln H', g' = v G/H - (G/H)^2.) The z1 integral depends on (z0, x1) only through t = (kappa - (p/sqrt q~) z0
 * - A x1)/sigma, sigma^2 = B^2 + 1 - q1, so it is tabulated once in t ({@link StudentFieldTable}) and the remaining
 * (z0, x1) integral runs over Gauss-Legendre panels ({@link Quadrature}): graded around the kink of u~ in z0
 * ({@link ReferenceNodes}, built once per reference); in x1 = u~ + s over the
 * truncated tail, whose normalised density (G/H)(u~) exp(-u~ s - s^2/2) is evaluated without cancellation and is
 * below 1e-16 past the last panel (the analytic tail is negligible there).
 */
final class EnergeticTerm {
    /**
     * Result of one evaluation; {@code dgEdS} is the explicit derivative of G_E in S (for d phi/dS = -Sh + alpha dG_E/dS);
     * {@code valid} is false when (q1, p, S) is not a possible overlap matrix.
     */
    record Result(double gE, double q1Hat, double pHat, double dgEdS, boolean valid) {}

    private EnergeticTerm() {}

    /** With the {@link Quadrature#REFERENCE} rule (nodes built for this call). */
    static Result evaluate(double alpha, double kappa, Reference ref, double s, double q1, double p) {
        return evaluate(alpha, kappa, new ReferenceNodes(ref, Quadrature.REFERENCE), s, q1, p);
    }

    static Result evaluate(double alpha, double kappa, ReferenceNodes z0Nodes, double s, double q1, double p) {
        Reference ref = z0Nodes.ref;
        double qt = ref.q();
        double sqt = Math.sqrt(qt);
        double s1t = Math.sqrt(1 - qt);
        double a = (s - p) / s1t;
        double b2 = q1 - p * p / qt - a * a;
        if (!(q1 < 1) || b2 < -1e-13) {
            return new Result(Double.NaN, Double.NaN, Double.NaN, Double.NaN, false);
        }
        b2 = Math.max(0, b2);
        double oneMinusQ1 = 1 - q1;
        double sigma = Math.sqrt(b2 + oneMinusQ1);
        StudentFieldTable table = new StudentFieldTable(b2 / (b2 + oneMinusQ1));
        GaussLegendre gl = z0Nodes.quadrature.gl();
        double x1MaxWidth = z0Nodes.quadrature.x1MaxWidth();
        double[] sNodes = new double[gl.size()];
        double[] sWeights = new double[gl.size()];
        double m0 = 0, gZ0 = 0, gX1 = 0, gPrime = 0, r2 = 0;
        double[] v = new double[StudentFieldTable.SIZE];
        double kinkWidth = sigma / Math.max(Math.abs(a), 1e-12);
        for (int i = 0; i < z0Nodes.size(); i++) {
            double z0 = z0Nodes.z0[i];
            double uTilde = z0Nodes.uTilde[i];
            double sMin = z0Nodes.sMin[i];
            double lnTail = z0Nodes.lnTail[i];
            double mean0 = kappa - p / sqt * z0;
            // t = (mean0 - a (u~ + s))/sigma changes on the scale sigma/|a| in s around t = 0
            double sKink = a != 0 ? mean0 / a - uTilde : sMin;
            double[] breaks = GradedPanels.breaks(sMin, z0Nodes.sMax[i], sKink, kinkWidth,
                    Math.min(x1MaxWidth, 1.5 / Math.max(1, uTilde)));
            for (int k = 0; k + 1 < breaks.length; k++) {
                gl.panel(breaks[k], breaks[k + 1], false, sNodes, sWeights, 0);
                for (int j = 0; j < sNodes.length; j++) {
                    double sj = sNodes[j];
                    double w = z0Nodes.weight[i] * sWeights[j] * Math.exp(lnTail - uTilde * sj - 0.5 * sj * sj);
                    double x1 = uTilde + sj;
                    table.at((mean0 - a * x1) / sigma, v);
                    m0 += w * v[0];
                    gZ0 += w * v[1] * z0;
                    gX1 += w * v[1] * x1;
                    gPrime += w * v[2];
                    r2 += w * v[3];
                }
            }
        }
        double q1Hat = alpha / oneMinusQ1 * r2;
        double slope = -p / qt + (s - p) / (1 - qt);
        double pHat = alpha / Math.sqrt(oneMinusQ1) * ((gZ0 / sqt - gX1 / s1t) - slope * gPrime / Math.sqrt(oneMinusQ1));
        // dv/dS = -(x1 dA/dS + z1 dB/dS)/sqrt(1-q1), dA/dS = 1/sqrt(1-q~), B dB/dS = -A/sqrt(1-q~); Stein in z1
        double dgEdS = -(gX1 + a * gPrime / Math.sqrt(oneMinusQ1)) / (s1t * Math.sqrt(oneMinusQ1));
        return new Result(m0, q1Hat, pHat, dgEdS, true);
    }
}
