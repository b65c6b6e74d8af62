package org.phaselab.theory.randomfeatures;

import org.phaselab.theory.localentropy.Quadrature;
import org.phaselab.theory.localentropy.Reference;
import org.phaselab.theory.localentropy.ReferenceNodes;
import org.phaselab.theory.localentropy.StudentFieldTable;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.numerics.GaussLegendre;
import org.phaselab.theory.numerics.GradedPanels;

/**
 * The pattern term G_E^FP of the random-features Franz-Parisi potential (docs/random-features.md, "Energetic part")
 * as a function of the students' field covariances (vs, v1, vS, vp, rho1), with its gradient.
 * <p>
 * In units of each field's standard deviation, the reference field is sqrt(q~) z0 + sqrt(1-q~) x1 (q~ = v~q/v~s,
 * margin k~ = kappaRef/sqrt(v~s)), the teacher's c0 z0 + sqrt(1-c0^2) xi (c0 = rho~/sqrt(v~q); the label y = +1
 * after the y -> -y symmetry, hence the factor 2 and the cut xi > -c0 z0/sqrt(1-c0^2)), and the students' common
 * field a0 z0 + A x1 + beta xi + b zeta with own noise sqrt(1 - q1) eps (rotating the students' common part in
 * the plane of the teacher's own noise puts the label on xi alone). Then
 * <pre>
 *   G_E = 2 alpha int Dz0 (1/H(u~)) int_{u~}^inf Dx1 int_{xi0}^inf Dxi M0((k - a0 z0 - A x1 - beta xi)/sigma)
 * </pre>
 * with M0 the zeta, eps average tabulated by {@link StudentFieldTable} (qe = b^2/sigma^2, sigma^2 = b^2 + 1 - q1).
 * With k1 = 0 (c0 = beta = 0) the xi integral is 1/2 and G_E is the storage term of THEORY.md section 3.
 * The gradient in the integrand's parameters (k, a0, A, beta, b^2, 1-q1) is exact under the integral
 * (d/dm = M1/s, d/db^2 = M2/(2s^2) by the heat equation, d/ds^2 = (M2 + M4)/(2 s^2) since g v = -g' - r^2);
 * the map from the covariances to those parameters by the chain rule.
 */
final class EnergeticTermFP {
    static final int VS = 0, V1 = 1, VSS = 2, VP = 3, RHO = 4;

    /** G_E^FP, dG_E/d(vs, v1, vS, vp, rho1); valid false outside the domain of the covariances. */
    record Result(double gE, double[] gradient, boolean valid) {
        static final Result INVALID = new Result(Double.NaN, null, false);
    }

    private final double alpha;
    private final double kappa;
    private final double vst;
    private final double qt;
    private final double c0;
    private final double nu;
    private final ReferenceNodes nodes;
    private final GaussLegendre gl;

    EnergeticTermFP(FpReference ref, double kappa, Quadrature quadrature) {
        this.alpha = ref.model().alpha();
        this.kappa = kappa;
        this.vst = ref.vs();
        this.qt = ref.vq() / vst;
        this.c0 = ref.rho() / Math.sqrt(ref.vq());
        this.nu = Math.sqrt(1 - c0 * c0);
        this.nodes = new ReferenceNodes(new Reference(alpha, ref.kappaRef() / Math.sqrt(vst), qt, Double.NaN), quadrature);
        this.gl = quadrature.gl();
    }

    /**
     * Integrand parameters (k, a0, A, beta, b^2, 1 - q1) from the covariances (row 0) and their derivatives in
     * (vs, v1, vS, vp, rho1) (rows 1-5, by the chain rule), or null outside the domain.
     */
    private double[][] parameters(double[] v) {
        double vs = v[VS];
        if (!(vs > 0)) {
            return null;
        }
        double scale = 1 / Math.sqrt(vs * vst);
        double q1 = v[V1] / vs;
        double s = v[VSS] * scale;
        double p = v[VP] * scale;
        double rho = v[RHO] / Math.sqrt(vs);
        double sqt = Math.sqrt(qt);
        double s1t = Math.sqrt(1 - qt);
        double a0 = p / sqt;
        double a = (s - p) / s1t;
        double beta = (rho - c0 * a0) / nu;
        double bigB2 = q1 - p * p / qt - a * a;
        double[][] out = new double[6][];
        out[0] = new double[] {kappa / Math.sqrt(vs), a0, a, beta, bigB2 - beta * beta, 1 - q1};
        // derivatives of the primitives (k, q1, s, p, rho) in each covariance
        double[][] dPrim = {
            {-0.5 * kappa / (vs * Math.sqrt(vs)), -q1 / vs, -0.5 * s / vs, -0.5 * p / vs, -0.5 * rho / vs},
            {0, 1 / vs, 0, 0, 0},
            {0, 0, scale, 0, 0},
            {0, 0, 0, scale, 0},
            {0, 0, 0, 0, 1 / Math.sqrt(vs)}};
        for (int k = 0; k < 5; k++) {
            double dk = dPrim[k][0], dq1 = dPrim[k][1], ds = dPrim[k][2], dp = dPrim[k][3], drho = dPrim[k][4];
            double da0 = dp / sqt;
            double da = (ds - dp) / s1t;
            double dBeta = (drho - c0 * da0) / nu;
            double dBigB2 = dq1 - 2 * p * dp / qt - 2 * a * da;
            out[k + 1] = new double[] {dk, da0, da, dBeta, dBigB2 - 2 * beta * dBeta, -dq1};
        }
        return out;
    }

    Result evaluate(double[] v) {
        double[][] par = parameters(v);
        if (par == null || !(par[0][5] > 0) || par[0][4] < -1e-12) {
            return Result.INVALID;
        }
        double[] p0 = par[0];
        double[] sums = integrate(p0[0], p0[1], p0[2], p0[3], Math.max(0, p0[4]), p0[5]);
        double s2 = p0[5];
        double sd = Math.sqrt(s2);
        // dG/d(k, a0, A, beta, b^2, s^2)
        double[] dPar = {sums[1] / sd, -sums[2] / sd, -sums[3] / sd, -sums[4] / sd, sums[5] / (2 * s2),
                (sums[5] + sums[6]) / (2 * s2)};
        double[] grad = new double[5];
        for (int k = 0; k < 5; k++) {
            double g = 0;
            for (int j = 0; j < 6; j++) {
                g += dPar[j] * par[k + 1][j];
            }
            grad[k] = 2 * alpha * g;
        }
        return new Result(2 * alpha * sums[0], grad, true);
    }

    /**
     * Sums of M0, M1, M1 z0, M1 x1, M1 xi, M2, M4 over the (z0, x1, xi) measure. The table's argument depends on
     * (x1, xi) only through w = (A x1 + beta xi)/R, R = sqrt(A^2 + beta^2), so in the rotated pair (w, v) the v
     * integral over the quadrant x1 &gt; u~, xi &gt; xi0 is done in closed form (a Gaussian interval probability and
     * first moment) and each z0 node needs one graded Gauss-Legendre rule in w.
     */
    private double[] integrate(double k, double a0, double a, double beta, double b2, double s2) {
        double sigma = Math.sqrt(b2 + s2);
        StudentFieldTable table = new StudentFieldTable(b2 / (b2 + s2));
        double[] out = new double[StudentFieldTable.SIZE];
        double[] sums = new double[7];
        double radius = Math.hypot(a, beta);
        double[] nodesW = new double[gl.size()], weightsW = new double[gl.size()];
        for (int i = 0; i < nodes.size(); i++) {
            double z0 = nodes.z0[i];
            double u = nodes.uTilde[i];
            double xi0 = -c0 * z0 / nu;
            double mean0 = k - a0 * z0;
            double lnNorm = Math.log(nodes.weight[i]) - Gaussian.lnH(u);
            if (radius < 1e-12) {
                // the table does not see (x1, xi): P(xi > xi0) = H(xi0), E[x1] = (G/H)(u~), int_{xi0} xi Dxi = G(xi0)
                table.at(mean0 / sigma, out);
                double mass = nodes.weight[i] * Gaussian.h(xi0);
                add(sums, mass, out, z0, mass * Gaussian.gOverH(u), nodes.weight[i] * Gaussian.g(xi0));
                continue;
            }
            // a direction within 1e-12 of an axis is the axis (bounds of 1e16 would only make NaN)
            double c = Math.abs(a) < 1e-12 * radius ? 0 : a / radius;
            double sn = Math.abs(beta) < 1e-12 * radius ? 0 : beta / radius;
            if (c == 0 || sn == 0) {
                c = Math.signum(c);
                sn = Math.signum(sn);
            }
            // where the measure lives: x1 in u~ + [sMin, sMax], xi within 8.7 of the larger of xi0 and 0
            double x1Lo = u + nodes.sMin[i], x1Hi = u + nodes.sMax[i];
            double xiLo = Math.max(xi0, -8.7), xiHi = Math.max(xi0, 0) + 8.7;
            double wLo = Math.min(Math.min(c * x1Lo, c * x1Hi) + Math.min(sn * xiLo, sn * xiHi), 0);
            double wHi = Math.max(c * x1Lo, c * x1Hi) + Math.max(sn * xiLo, sn * xiHi);
            double corner = c * u + sn * xi0;
            double kink = mean0 / radius;
            double kinkWidth = sigma / radius;
            double maxWidth = Math.min(nodes.quadrature.x1MaxWidth(), 1.5 / Math.max(1, Math.max(Math.abs(u), Math.abs(xi0))));
            for (double[] range : new double[][] {{wLo, Math.min(wHi, corner)}, {Math.max(wLo, corner), wHi}}) {
                double[] breaks = GradedPanels.breaks(range[0], range[1], kink, kinkWidth, maxWidth);
                for (int kb = 0; kb + 1 < breaks.length; kb++) {
                    gl.panel(breaks[kb], breaks[kb + 1], false, nodesW, weightsW, 0);
                    for (int j = 0; j < nodesW.length; j++) {
                        double w = nodesW[j];
                        double[] band = band(w, c, sn, u, xi0);
                        if (band == null) {
                            continue;
                        }
                        double lnW = lnNorm + Math.log(weightsW[j]) - 0.5 * w * w - LN_SQRT_2PI;
                        double mass = Math.exp(lnW + band[0]);
                        double moment = Math.exp(lnW + band[1]) - Math.exp(lnW + band[2]);
                        table.at((mean0 - radius * w) / sigma, out);
                        add(sums, mass, out, z0, c * w * mass - sn * moment, sn * w * mass + c * moment);
                    }
                }
            }
        }
        return sums;
    }

    private static final double LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    /** Adds one node: its mass, and the masses times x1 and times xi. */
    private static void add(double[] sums, double mass, double[] m, double z0, double massX1, double massXi) {
        sums[0] += mass * m[0];
        sums[1] += mass * m[1];
        sums[2] += mass * m[1] * z0;
        sums[3] += massX1 * m[1];
        sums[4] += massXi * m[1];
        sums[5] += mass * m[2];
        sums[6] += mass * m[3];
    }

    /**
     * For fixed w, the v-interval (L, U) where x1 = c w - s v &gt; u~ and xi = s w + c v &gt; xi0: returns
     * {ln P(L &lt; v &lt; U), ln G(L), ln G(U)} (so the first moment is G(L) - G(U)), or null when it is empty.
     */
    private static double[] band(double w, double c, double s, double u, double xi0) {
        double lo = Double.NEGATIVE_INFINITY, hi = Double.POSITIVE_INFINITY;
        if (s > 0) {
            hi = (c * w - u) / s;
        } else if (s < 0) {
            lo = (c * w - u) / s;
        } else if (!(c * w > u)) {
            return null;
        }
        if (c > 0) {
            lo = Math.max(lo, (xi0 - s * w) / c);
        } else if (c < 0) {
            hi = Math.min(hi, (xi0 - s * w) / c);
        } else if (!(s * w > xi0)) {
            return null;
        }
        if (!(hi > lo)) {
            return null;
        }
        double lnP;
        if (lo > 38 || hi < -38) {
            return null;   // P < 1e-300 relative to the node's weight: nothing there
        }
        if (lo >= 0) {
            double lnLo = Gaussian.lnH(lo);
            lnP = hi == Double.POSITIVE_INFINITY ? lnLo : lnLo + Math.log1p(-Math.exp(Gaussian.lnH(hi) - lnLo));
        } else if (hi <= 0) {
            double lnHi = Gaussian.lnH(-hi);
            lnP = lo == Double.NEGATIVE_INFINITY ? lnHi : lnHi + Math.log1p(-Math.exp(Gaussian.lnH(-lo) - lnHi));
        } else {
            lnP = Math.log1p(-(hi == Double.POSITIVE_INFINITY ? 0 : Gaussian.h(hi))
                    - (lo == Double.NEGATIVE_INFINITY ? 0 : Gaussian.h(-lo)));
        }
        return new double[] {lnP, lnG(lo), lnG(hi)};
    }

    private static double lnG(double x) {
        return Double.isInfinite(x) ? Double.NEGATIVE_INFINITY : -0.5 * x * x - LN_SQRT_2PI;
    }
}
