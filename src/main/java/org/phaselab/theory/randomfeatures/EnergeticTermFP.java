package org.phaselab.theory.randomfeatures;

import org.phaselab.theory.localentropy.Quadrature;
import org.phaselab.theory.localentropy.Reference;
import org.phaselab.theory.localentropy.ReferenceNodes;
import org.phaselab.theory.localentropy.StudentFieldTable;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.numerics.GaussLegendre;
import org.phaselab.theory.numerics.GradedPanels;
import org.phaselab.theory.numerics.TailTable;

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
 * <p>
 * <b>Hessian</b>, for Newton's method: in the parameters P = (k, a0, A, beta, b^2, s^2), with m = k - a0 z0 - A x1 -
 * beta xi and Phi(m; b^2, s^2) the table's M0, the same identities as {@code localentropy.EnergeticTerm}'s
 * (heat equation, d/ds^2 E F(v) = -E[v F'(v)]/(2 s^2), Stein's lemma), with the second moments of (x1, xi) over the
 * band (int_L^U v^2 Dv = P + L G(L) - U G(U)); then H_v = 2 alpha (J^T H_P J + sum_j dG/dP_j d^2P_j/dv^2), J = dP/dv
 * (exact), d^2P/dv^2 by central differences of J (algebraic, exact to ~1e-9).
 */
final class EnergeticTermFP {
    static final int VS = 0, V1 = 1, VSS = 2, VP = 3, RHO = 4;
    /** In w the band fills within this over max(1, |u~|, |xi0|) from where it opens (its corner). */
    private static final double DENSITY_SCALE = 1.5;
    /** Panels at the corner are at least this wide (a direction within 1e-9 of an axis steps there, exactly). */
    private static final double EDGE_FLOOR = 1e-9;

    /**
     * G_E^FP, dG_E/d(vs, v1, vS, vp, rho1), and (when asked for) its Hessian in those five; valid false outside the
     * domain of the covariances.
     */
    record Result(double gE, double[] gradient, double[][] hessian, boolean valid) {
        static final Result INVALID = new Result(Double.NaN, null, null, false);
    }

    private final double alpha;
    private final double kappa;
    private final double vst;
    private final double qt;
    private final double c0;
    private final double nu;
    private final ReferenceNodes nodes;
    private final GaussLegendre gl;
    /** The table of each evaluation, rebuilt in place (one term per solver: not thread-safe). */
    private final StudentFieldTable table = new StudentFieldTable(0);

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
        return evaluate(v, false);
    }

    Result evaluate(double[] v, boolean withHessian) {
        double[][] par = parameters(v);
        if (par == null || !(par[0][5] > 0) || par[0][4] < -1e-12) {
            return Result.INVALID;
        }
        double[] p0 = par[0];
        Sums sums = integrate(p0[0], p0[1], p0[2], p0[3], Math.max(0, p0[4]), p0[5], withHessian);
        double s2 = p0[5];
        double sd = Math.sqrt(s2);
        // dG/d(k, a0, A, beta, b^2, s^2)
        double[] dPar = {sums.m1 / sd, -sums.m1Z0 / sd, -sums.m1X1 / sd, -sums.m1Xi / sd, sums.m2 / (2 * s2),
                (sums.m2 + sums.m4) / (2 * s2)};
        double[] grad = new double[5];
        for (int k = 0; k < 5; k++) {
            double g = 0;
            for (int j = 0; j < 6; j++) {
                g += dPar[j] * par[k + 1][j];
            }
            grad[k] = 2 * alpha * g;
        }
        return new Result(2 * alpha * sums.m0, grad, withHessian ? hessian(v, par, dPar, sums.hessian(s2)) : null, true);
    }

    /** H_v = 2 alpha (J^T H_P J + sum_j dG/dP_j d^2 P_j/dv^2). */
    private double[][] hessian(double[] v, double[][] par, double[] dPar, double[][] hP) {
        double[][] h = new double[5][5];
        for (int k = 0; k < 5; k++) {
            for (int l = 0; l < 5; l++) {
                double sum = 0;
                for (int i = 0; i < 6; i++) {
                    for (int j = 0; j < 6; j++) {
                        sum += par[k + 1][i] * hP[i][j] * par[l + 1][j];
                    }
                }
                h[k][l] = sum;
            }
        }
        // the parameters change on the scale of the smaller of b^2 and s^2 (b^2 = B^2 - beta^2 can be ~1e-5)
        double scale = Math.max(Math.min(par[0][4], par[0][5]), PARAMETER_STEP_FLOOR);
        for (int l = 0; l < 5; l++) {
            double step = PARAMETER_STEP * Math.min(Math.max(Math.abs(v[l]), 1e-3), scale);
            double[] up = v.clone();
            double[] down = v.clone();
            up[l] += step;
            down[l] -= step;
            double[][] pu = parameters(up);
            double[][] pd = parameters(down);
            if (pu == null || pd == null) {
                continue;
            }
            for (int k = 0; k < 5; k++) {
                double sum = 0;
                for (int j = 0; j < 6; j++) {
                    sum += dPar[j] * (pu[k + 1][j] - pd[k + 1][j]) / (2 * step);
                }
                h[k][l] += sum;
            }
        }
        for (int k = 0; k < 5; k++) {
            for (int l = 0; l < 5; l++) {
                h[k][l] *= 2 * alpha;
            }
        }
        return h;
    }

    /** Relative step of the central differences of dP/dv, and the smallest scale it is taken relative to. */
    private static final double PARAMETER_STEP = 1e-4;
    private static final double PARAMETER_STEP_FLOOR = 1e-10;

    /**
     * Sums of M0, M1, M1 z0, M1 x1, M1 xi, M2, M4 over the (z0, x1, xi) measure (and, for the Hessian, the moments below).
     * The table's argument depends on (x1, xi) only through w = (A x1 + beta xi)/R, R = sqrt(A^2 + beta^2), so in the
     * rotated pair (w, v) the v integral over the quadrant x1 &gt; u~, xi &gt; xi0 is done in closed form (a Gaussian
     * interval probability and its first and second moments) and each z0 node needs one graded Gauss-Legendre rule in w.
     */
    private Sums integrate(double k, double a0, double a, double beta, double b2, double s2, boolean withHessian) {
        double sigma = Math.sqrt(b2 + s2);
        StudentFieldTable table = this.table.reset(b2 / (b2 + s2));
        double[] out = new double[StudentFieldTable.SIZE_WITH_SLOPES];
        Sums sums = new Sums(withHessian, Math.sqrt(1 - table.qe()), b2 / s2, Math.sqrt(s2));
        double radius = Math.hypot(a, beta);
        double[] nodesW = new double[gl.size()], weightsW = new double[gl.size()];
        double[] band = new double[TailTable.OUT_SIZE];
        GradedPanels.Buffer breaks = new GradedPanels.Buffer();
        for (int i = 0; i < nodes.size(); i++) {
            double z0 = nodes.z0[i];
            double u = nodes.uTilde[i];
            double xi0 = -c0 * z0 / nu;
            double mean0 = k - a0 * z0;
            double lnNorm = Math.log(nodes.weight[i]) - Gaussian.lnH(u);
            if (radius < 1e-12) {
                // the table does not see (x1, xi), independent: P(xi > xi0) = H(xi0), E[x1] = (G/H)(u~),
                // E[x1^2] = 1 + u~ (G/H)(u~), int_{xi0} xi Dxi = G(xi0), int_{xi0} xi^2 Dxi = H(xi0) + xi0 G(xi0)
                lookup(table, mean0 / sigma, out, withHessian);
                double r = Gaussian.gOverH(u);
                double w = nodes.weight[i];
                double mass = w * Gaussian.h(xi0);
                double g = w * Gaussian.g(xi0);
                sums.add(out, z0, mean0, mass, mass * r, g, mass * (1 + u * r), r * g,
                        w * (Gaussian.h(xi0) + xi0 * Gaussian.g(xi0)));
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
            // the band opens at the corner, its width in v growing like (w - corner)/|c s|, and fills on the scale
            // 1/max(1, |u~|, |xi0|): panels graded from the corner on the smaller of the two scales (|c s| is tiny when
            // the student's direction nearly lies along x1 or xi, and the band's probability is then a sharp step)
            double edge = Math.max(EDGE_FLOOR, Math.min(DENSITY_SCALE / Math.max(1, Math.max(Math.abs(u), Math.abs(xi0))),
                    Math.abs(c * sn)));
            double maxWidth = nodes.quadrature.x1MaxWidth();
            for (int side = 0; side < 2; side++) {
                if (side == 0) {
                    // [wLo, corner], graded from its right end: walk the mirror image
                    GradedPanels.gradedFromEdge(-Math.min(wHi, corner), -wLo, -kink, kinkWidth, edge, maxWidth, breaks);
                } else {
                    GradedPanels.gradedFromEdge(Math.max(wLo, corner), wHi, kink, kinkWidth, edge, maxWidth, breaks);
                }
                for (int kb = 0; kb + 1 < breaks.count(); kb++) {
                    double from = side == 0 ? -breaks.at(kb + 1) : breaks.at(kb);
                    double to = side == 0 ? -breaks.at(kb) : breaks.at(kb + 1);
                    gl.panel(from, to, false, nodesW, weightsW, 0);
                    for (int j = 0; j < nodesW.length; j++) {
                        double w = nodesW[j];
                        double m = mean0 - radius * w;
                        double t = m / sigma;
                        // the table is 0 there (every sum below is a multiple of its values): the node adds nothing
                        if (StudentFieldTable.vanishesAt(t) || !band(w, c, sn, u, xi0, band)) {
                            continue;
                        }
                        double base = lnNorm - 0.5 * w * w - LN_SQRT_2PI;
                        double mass = weightsW[j] * Math.exp(base + band[0]);
                        double atLo = weightsW[j] * Math.exp(base + band[1]);
                        double atHi = weightsW[j] * Math.exp(base + band[2]);
                        double m1 = atLo - atHi;
                        lookup(table, t, out, withHessian);
                        if (!withHessian) {
                            sums.add(out, z0, m, mass, c * w * mass - sn * m1, sn * w * mass + c * m1, 0, 0, 0);
                            continue;
                        }
                        // int_L^U v^2 Dv = P + L G(L) - U G(U) (the ends' terms vanish at infinity)
                        double m2 = mass + (atLo > 0 ? band[3] * atLo : 0) - (atHi > 0 ? band[4] * atHi : 0);
                        double ww = w * w;
                        sums.add(out, z0, m, mass, c * w * mass - sn * m1, sn * w * mass + c * m1,
                                c * c * ww * mass - 2 * c * sn * w * m1 + sn * sn * m2,
                                c * sn * ww * mass + (c * c - sn * sn) * w * m1 - c * sn * m2,
                                sn * sn * ww * mass + 2 * sn * c * w * m1 + c * c * m2);
                    }
                }
            }
        }
        return sums;
    }

    private static void lookup(StudentFieldTable table, double t, double[] out, boolean withSlopes) {
        if (withSlopes) {
            table.atWithSlopes(t, out);
        } else {
            table.at(t, out);
        }
    }

    private static final double LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    /**
     * The sums over the nodes. Each node brings the table's values at its m and the moments of (x1, xi) over its
     * band: mass, x1, xi, x1^2, x1 xi, xi^2 (times the node's weight).
     */
    private static final class Sums {
        final boolean withHessian;
        final double sqrtOneMinusQe;
        final double beta;
        final double s;
        double m0, m1, m1Z0, m1X1, m1Xi, m2, m4;
        // Hessian: D1 times the ten second-order moments of c = (1, z0, x1, xi) (mass, z0, x1, xi, z0^2, z0 x1, z0 xi,
        // x1^2, x1 xi, xi^2); D2 and (E[v g'] + D0) times the four first-order ones; the three scalars
        final double[] d1 = new double[10];
        final double[] d2 = new double[4];
        final double[] ms = new double[4];
        double bb, bs, ss;

        Sums(boolean withHessian, double sqrtOneMinusQe, double beta, double s) {
            this.withHessian = withHessian;
            this.sqrtOneMinusQe = sqrtOneMinusQe;
            this.beta = beta;
            this.s = s;
        }

        void add(double[] t, double z0, double m, double mass, double x1, double xi, double x1x1, double x1xi, double xixi) {
            m0 += mass * t[0];
            m1 += mass * t[1];
            m1Z0 += mass * t[1] * z0;
            m1X1 += x1 * t[1];
            m1Xi += xi * t[1];
            m2 += mass * t[2];
            m4 += mass * t[3];
            if (!withHessian) {
                return;
            }
            double dd0 = t[1];
            double dd1 = t[2];
            double dd2 = sqrtOneMinusQe * t[4];
            double dd3 = sqrtOneMinusQe * sqrtOneMinusQe * t[5];
            double mu = m / s;
            double vg = mu * dd0 + beta * dd1;
            double vg1 = mu * dd1 + beta * dd2;
            double vg2 = mu * dd2 + beta * dd3;
            double v2g1 = mu * mu * dd1 + 2 * mu * beta * dd2 + beta * dd1 + beta * beta * dd3;
            double zm = z0 * mass;
            d1[0] += dd1 * mass;
            d1[1] += dd1 * zm;
            d1[2] += dd1 * x1;
            d1[3] += dd1 * xi;
            d1[4] += dd1 * z0 * zm;
            d1[5] += dd1 * z0 * x1;
            d1[6] += dd1 * z0 * xi;
            d1[7] += dd1 * x1x1;
            d1[8] += dd1 * x1xi;
            d1[9] += dd1 * xixi;
            double msw = vg1 + dd0;
            d2[0] += dd2 * mass;
            d2[1] += dd2 * zm;
            d2[2] += dd2 * x1;
            d2[3] += dd2 * xi;
            ms[0] += msw * mass;
            ms[1] += msw * zm;
            ms[2] += msw * x1;
            ms[3] += msw * xi;
            bb += mass * dd3;
            bs += mass * (vg2 + 2 * dd1);
            ss += mass * (3 * vg + v2g1);
        }

        /** The Hessian of G/(2 alpha) in P = (k, a0, A, beta, b^2, s^2), with dm/dP = (1, -z0, -x1, -xi). */
        double[][] hessian(double s2) {
            double s15 = s2 * Math.sqrt(s2);
            double[][] h = new double[6][6];
            // index of the moment of c_i c_j in d1: (k,k)=mass, (k,a0)=z0, (k,A)=x1, (k,b)=xi, (a0,a0)=z0^2, (a0,A)=z0 x1,
            // (a0,b)=z0 xi, (A,A)=x1^2, (A,b)=x1 xi, (b,b)=xi^2
            int[][] index = {{0, 1, 2, 3}, {1, 4, 5, 6}, {2, 5, 7, 8}, {3, 6, 8, 9}};
            double[] sign = {1, -1, -1, -1};
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    h[i][j] = sign[i] * sign[j] * d1[index[i][j]] / s2;
                }
                h[i][4] = h[4][i] = sign[i] * 0.5 * d2[i] / s15;
                h[i][5] = h[5][i] = -sign[i] * 0.5 * ms[i] / s15;
            }
            h[4][4] = 0.25 * bb / (s2 * s2);
            h[4][5] = h[5][4] = -0.25 * bs / (s2 * s2);
            h[5][5] = 0.25 * ss / (s2 * s2);
            return h;
        }
    }

    /**
     * For fixed w, the v-interval (L, U) where x1 = c w - s v &gt; u~ and xi = s w + c v &gt; xi0: writes
     * {ln P(L &lt; v &lt; U), ln G(L), ln G(U), L, U} into out[0..4] (so the first moment is G(L) - G(U)) and returns
     * true, or returns false when it is empty; out holds {@link TailTable#OUT_SIZE} values (the rest is scratch).
     */
    private static boolean band(double w, double c, double s, double u, double xi0, double[] out) {
        double lo = Double.NEGATIVE_INFINITY, hi = Double.POSITIVE_INFINITY;
        if (s > 0) {
            hi = (c * w - u) / s;
        } else if (s < 0) {
            lo = (c * w - u) / s;
        } else if (!(c * w > u)) {
            return false;
        }
        if (c > 0) {
            lo = Math.max(lo, (xi0 - s * w) / c);
        } else if (c < 0) {
            hi = Math.min(hi, (xi0 - s * w) / c);
        } else if (!(s * w > xi0)) {
            return false;
        }
        if (!(hi > lo)) {
            return false;
        }
        double lnP;
        if (lo > 38 || hi < -38) {
            return false;   // P < 1e-300 relative to the node's weight: nothing there
        }
        // ln(1 + y) as Math.log(1 + y), not Math.log1p(y) (a native call in Java 17, several times slower, and here no
        // more accurate: y = -exp(..) or -(H + H) carries an absolute error of ~1e-16 either way, as does 1 + y)
        if (lo >= 0) {
            double lnLo = lnH(lo, out);
            lnP = hi == Double.POSITIVE_INFINITY ? lnLo : lnLo + Math.log(1 - Math.exp(lnH(hi, out) - lnLo));
        } else if (hi <= 0) {
            double lnHi = lnH(-hi, out);
            lnP = lo == Double.NEGATIVE_INFINITY ? lnHi : lnHi + Math.log(1 - Math.exp(lnH(-lo, out) - lnHi));
        } else {
            lnP = Math.log(1 - upperTail(hi) - upperTail(-lo));
        }
        out[0] = lnP;
        out[1] = lnG(lo);
        out[2] = lnG(hi);
        out[3] = lo;
        out[4] = hi;
        return true;
    }

    /**
     * H(x) for x &gt; 0 as a term of 1 - H(hi) - H(-lo): 0 beyond {@value #NO_TAIL} (H(9) = 1.1e-19, below the rounding
     * of that sum; Gaussian.h would run its 60-term continued fraction past x = 11.3, where the band's ends often lie).
     */
    private static double upperTail(double x) {
        return x > NO_TAIL ? 0 : Gaussian.h(x);
    }

    private static final double NO_TAIL = 9;

    /** ln H(x) by {@link TailTable}, using scratch as its caller-owned array. */
    private static double lnH(double x, double[] scratch) {
        TailTable.lnHAndRatio(x, scratch);
        return scratch[0];
    }

    private static double lnG(double x) {
        return Double.isInfinite(x) ? Double.NEGATIVE_INFINITY : -0.5 * x * x - LN_SQRT_2PI;
    }
}
