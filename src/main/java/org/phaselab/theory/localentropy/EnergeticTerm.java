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
 * <p>
 * <b>Jacobian.</b> Written in the field parameters P = (a0, A, b2, s2) = (p/sqrt q~, A, B^2, 1-q1), G_E is an average
 * of Phi(m; b2, s2) = E_z ln H((m - sqrt(b2) z)/sqrt(s2)) at m = kappa - a0 z0 - A x1, whose derivatives follow from
 * the heat equation dPhi/db2 = Phi_mm/2 and d/ds2 E F(v) = -E[v F'(v)]/(2 s2), with Stein's lemma
 * E[v F'(v)] = mu E F' + beta E F'' (mu = m/sqrt s2, beta = b2/s2). So q1h = -2 alpha (G_b2 - G_s2) and
 * ph = -alpha (G_a0/sqrt q~ - G_A/sqrt(1-q~) - e_p G_b2) (e_p = dq1/dp at fixed B) are differentiated in the solver's
 * unknowns (p, B^2) exactly by the chain rule through the Hessian of G_E in P, with E g'' and E g''' from the
 * table's interpolant of M2 (accurate to ~1e-7, ample for Newton).
 */
final class EnergeticTerm {
    /** (q1, p, S) with B^2 below -this are not an overlap matrix (B^2 in [-this, 0) is rounding and counts as 0). */
    private static final double B2_ROUNDING = 1e-13;
    /** A student direction |A| below this is no direction: the kink of t in x1 is then placed nowhere. */
    private static final double TINY_SLOPE = 1e-12;
    private static final int A0 = 0, A = 1, B2 = 2, S2 = 3;
    /** Panels of the truncated density in x1 - u~ are at most this wide (divided by u~ when u~ &gt; 1) near s = 0. */
    private static final double DENSITY_SCALE = 1.5;

    /**
     * Result of one evaluation; {@code dgEdS} is the explicit derivative of G_E in S (for d phi/dS = -Sh + alpha dG_E/dS);
     * {@code jacobian} is d(q1h, ph)/d(p, B^2) at fixed S (rows q1h, ph), or null when not asked for;
     * {@code valid} is false when (q1, p, S) is not a possible overlap matrix.
     */
    record Result(double gE, double q1Hat, double pHat, double dgEdS, double[][] jacobian, boolean valid) {
        static final Result INVALID = new Result(Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, false);
    }

    private EnergeticTerm() {}

    /** With the {@link Quadrature#REFERENCE} rule (nodes built for this call). */
    static Result evaluate(double alpha, double kappa, Reference ref, double s, double q1, double p) {
        return evaluate(alpha, kappa, new ReferenceNodes(ref, Quadrature.REFERENCE), s, q1, p, false);
    }

    static Result evaluate(double alpha, double kappa, ReferenceNodes z0Nodes, double s, double q1, double p) {
        return evaluate(alpha, kappa, z0Nodes, s, q1, p, false);
    }

    static Result evaluate(double alpha, double kappa, ReferenceNodes z0Nodes, double s, double q1, double p,
                           boolean withJacobian) {
        return evaluate(alpha, kappa, z0Nodes, s, q1, p, withJacobian, new StudentFieldTable(0));
    }

    /** With a caller-owned table, reset here (one per solver: the table's arrays are reused from call to call). */
    static Result evaluate(double alpha, double kappa, ReferenceNodes z0Nodes, double s, double q1, double p,
                           boolean withJacobian, StudentFieldTable workspace) {
        Reference ref = z0Nodes.ref;
        double qt = ref.q();
        double sqt = Math.sqrt(qt);
        double s1t = Math.sqrt(1 - qt);
        double a = (s - p) / s1t;
        double b2 = q1 - p * p / qt - a * a;
        if (!(q1 < 1) || !(b2 >= -B2_ROUNDING)) {
            return Result.INVALID;
        }
        b2 = Math.max(0, b2);
        double oneMinusQ1 = 1 - q1;
        double sigma = Math.sqrt(b2 + oneMinusQ1);
        double sqrtS2 = Math.sqrt(oneMinusQ1);
        double beta = b2 / oneMinusQ1;
        StudentFieldTable table = workspace.reset(b2 / (b2 + oneMinusQ1));
        double oneMinusQe = 1 - table.qe();
        double sqrtOneMinusQe = Math.sqrt(oneMinusQe);
        GaussLegendre gl = z0Nodes.quadrature.gl();
        double x1MaxWidth = z0Nodes.quadrature.x1MaxWidth();
        double[] sNodes = new double[gl.size()];
        double[] sWeights = new double[gl.size()];
        Sums sum = new Sums();
        double[] v = new double[StudentFieldTable.SIZE_WITH_SLOPES];
        double kinkWidth = sigma / Math.max(Math.abs(a), TINY_SLOPE);
        GradedPanels.Buffer breaks = new GradedPanels.Buffer();
        for (int i = 0; i < z0Nodes.size(); i++) {
            double z0 = z0Nodes.z0[i];
            double uTilde = z0Nodes.uTilde[i];
            double sMin = z0Nodes.sMin[i];
            double lnTail = z0Nodes.lnTail[i];
            double mean0 = kappa - p / sqt * z0;
            // t = (mean0 - a (u~ + s))/sigma changes on the scale sigma/|a| in s around t = 0; the truncated density
            // changes on the scale 1 from s = 0, or decays like exp(-u~ s) on the scale 1/u~ when u~ > 1
            double sKink = a != 0 ? mean0 / a - uTilde : Double.NaN;
            GradedPanels.gradedFromEdge(sMin, z0Nodes.sMax[i], sKink, kinkWidth, DENSITY_SCALE / Math.max(1, uTilde),
                    x1MaxWidth, breaks);
            for (int k = 0; k + 1 < breaks.count(); k++) {
                gl.panel(breaks.at(k), breaks.at(k + 1), false, sNodes, sWeights, 0);
                for (int j = 0; j < sNodes.length; j++) {
                    double sj = sNodes[j];
                    double x1 = uTilde + sj;
                    double m = mean0 - a * x1;
                    double t = m / sigma;
                    if (StudentFieldTable.vanishesAt(t)) {
                        continue;   // the table's integrals are 0 there: the node adds exactly nothing (often most nodes)
                    }
                    double w = z0Nodes.weight[i] * sWeights[j] * Math.exp(lnTail - uTilde * sj - 0.5 * sj * sj);
                    if (withJacobian) {
                        table.atWithSlopes(t, v);
                        sum.addWithHessian(w, z0, x1, v, m / sqrtS2, beta, oneMinusQe, sqrtOneMinusQe);
                    } else {
                        table.at(t, v);
                        sum.add(w, z0, x1, v);
                    }
                }
            }
        }
        double q1Hat = alpha / oneMinusQ1 * sum.r2;
        double slope = -p / qt + (s - p) / (1 - qt);
        double pHat = alpha / sqrtS2 * ((sum.gZ0 / sqt - sum.gX1 / s1t) - slope * sum.gPrime / sqrtS2);
        // dv/dS = -(x1 dA/dS + z1 dB/dS)/sqrt(1-q1), dA/dS = 1/sqrt(1-q~), B dB/dS = -A/sqrt(1-q~); Stein in z1
        double dgEdS = -(sum.gX1 + a * sum.gPrime / sqrtS2) / (s1t * sqrtS2);
        double[][] jacobian = withJacobian ? sum.jacobian(alpha, qt, -2 * slope, oneMinusQ1) : null;
        return new Result(sum.m0, q1Hat, pHat, dgEdS, jacobian, true);
    }

    /** Sums over the (z0, x1) nodes: the values and, for the Jacobian, the Hessian of G_E in P. */
    private static final class Sums {
        double m0, gZ0, gX1, gPrime, r2;
        // Hessian parts (s2 powers applied at the end): D1 z0^2, D1 z0 x1, D1 x1^2; D2 z0, D2 x1;
        // (E[v g'] + D0) z0, (E[v g'] + D0) x1; D3; E[v g''] + 2 D1; 3 E[v g] + E[v^2 g']
        double mmZZ, mmZX, mmXX, mbZ, mbX, msZ, msX, bb, bs, ss;

        void add(double w, double z0, double x1, double[] v) {
            m0 += w * v[0];
            gZ0 += w * v[1] * z0;
            gX1 += w * v[1] * x1;
            gPrime += w * v[2];
            r2 += w * v[3];
        }

        /**
         * With D0..D3 = E g, E g', E g'', E g''' over the student's own noise: D0 = M1, D1 = M2,
         * D2 = sqrt(1-qe) dM2/dt, D3 = (1-qe) d^2M2/dt^2 (d/dt = d/dv / sqrt(1-qe) under the integral).
         */
        void addWithHessian(double w, double z0, double x1, double[] v, double mu, double beta, double oneMinusQe,
                            double sqrtOneMinusQe) {
            add(w, z0, x1, v);
            double d0 = v[1];
            double d1 = v[2];
            double d2 = sqrtOneMinusQe * v[4];
            double d3 = oneMinusQe * v[5];
            double vg = mu * d0 + beta * d1;
            double vg1 = mu * d1 + beta * d2;
            double vg2 = mu * d2 + beta * d3;
            double v2g1 = mu * mu * d1 + 2 * mu * beta * d2 + beta * d1 + beta * beta * d3;
            double wd1 = w * d1;
            mmZZ += wd1 * z0 * z0;
            mmZX += wd1 * z0 * x1;
            mmXX += wd1 * x1 * x1;
            mbZ += w * d2 * z0;
            mbX += w * d2 * x1;
            double ms = w * (vg1 + d0);
            msZ += ms * z0;
            msX += ms * x1;
            bb += w * d3;
            bs += w * (vg2 + 2 * d1);
            ss += w * (3 * vg + v2g1);
        }

        /**
         * d(q1h, ph)/d(p, B^2) at fixed S, from the gradient and Hessian of G_E in P = (a0, A, b2, s2):
         * dP/dp = (1/sqrt q~, -1/sqrt(1-q~), 0, -e_p), dP/dB^2 = (0, 0, 1, -1), e_p = dq1/dp = 2p/q~ - 2(S-p)/(1-q~).
         */
        double[][] jacobian(double alpha, double qt, double ep, double s2) {
            double s15 = s2 * Math.sqrt(s2);
            double[][] h = new double[4][4];
            h[A0][A0] = mmZZ / s2;
            h[A0][A] = mmZX / s2;
            h[A][A] = mmXX / s2;
            h[A0][B2] = -0.5 * mbZ / s15;
            h[A][B2] = -0.5 * mbX / s15;
            h[A0][S2] = 0.5 * msZ / s15;
            h[A][S2] = 0.5 * msX / s15;
            h[B2][B2] = 0.25 * bb / (s2 * s2);
            h[B2][S2] = -0.25 * bs / (s2 * s2);
            h[S2][S2] = 0.25 * ss / (s2 * s2);
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < i; j++) {
                    h[i][j] = h[j][i];
                }
            }
            double gB2 = 0.5 * gPrime / s2;
            double sqt = Math.sqrt(qt);
            double s1t = Math.sqrt(1 - qt);
            double[][] dP = {{1 / sqt, -1 / s1t, 0, -ep}, {0, 0, 1, -1}};
            double[] dEp = {2 / qt + 2 / (1 - qt), 0};
            double[][] jac = new double[2][2];
            for (int u = 0; u < 2; u++) {
                double dq1Hat = 0;
                double dpHat = 0;
                for (int k = 0; k < 4; k++) {
                    dq1Hat += (h[B2][k] - h[S2][k]) * dP[u][k];
                    dpHat += (h[A0][k] / sqt - h[A][k] / s1t - ep * h[B2][k]) * dP[u][k];
                }
                jac[0][u] = -2 * alpha * dq1Hat;
                jac[1][u] = -alpha * dpHat + alpha * gB2 * dEp[u];
            }
            return jac;
        }
    }
}
