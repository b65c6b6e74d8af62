package org.phaselab.theory.localentropy;

import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.numerics.GaussLegendre;
import org.phaselab.theory.numerics.GaussianQuadrature;

/**
 * The weight term of the Franz-Parisi potential and the overlaps it returns (THEORY.md section 3):
 * <pre>
 *   G_S = int Dz0 (1 + tanh(sqrt(q~h) z0)) int Dz1 ln 2cosh(h),  h = (ph/sqrt q~h) z0 + sqrt(q1h - ph^2/q~h) z1 + Sh - ph
 *   S = E_S[tanh h],  q1 = E_S[tanh^2 h],  p = S + (ph/q~h)(1 - q1) - E_S[z0 tanh h]/sqrt(q~h)
 * </pre>
 * (the reference spin gauged to +1, so (1 + tanh) is twice its probability). The z1 integrand switches on the
 * scale 1/sqrt(q1h - ph^2/q~h) around h = 0: when that scale is above 0.8 the integrand is analytic in a strip of
 * half-width pi/2 times it, and a trapezoid rule of step 0.4 is exact to ~1e-9. Below, h ~ N(c, spread^2) is wide:
 * each function splits into a step part in sign(h), averaged in closed form (E|h| = c (1 - 2H(c/spread)) +
 * 2 spread G(c/spread), E sign h = 1 - 2H(c/spread)), and a part localised within |h| &lt; 19 (log(1 + e^{-2|h|}),
 * tanh h - sign h, sech^2 h, ...: all ~e^{-2|h|}), integrated in h on fixed panels graded from h = 0 ({@link #LOCAL})
 * against the density of h. z0 panels follow the scale of the inner averages in z0, 1/slope times the larger of 1
 * and the spread, and of the reference's weight, 1/sqrt(q~h). 1 - S = E_S[1 - tanh h] and 1 - q1 = E_S[sech^2 h]
 * are summed as such (no cancellation when S, q1 -&gt; 1 at small distance).
 * <p>
 * <b>Jacobian</b> of (S, q1, p) in (q1h, ph, Sh): dh/dSh = 1, dh/dq1h = z1/(2 spread), dh/dph = z0/sqrt(q~h) - 1
 * - (ph/q~h) z1/spread, and Stein's lemma in z1 (E[z1 F'(h)] = spread E[F''(h)]) give, for F = tanh, tanh^2, z0 tanh,
 * dE F/dSh = E F', dE F/dq1h = E F''/2, dE F/dph = E[z0 F']/sqrt(q~h) - E F' - (ph/q~h) E F''.
 */
public final class EntropicTerm {
    private static final GaussLegendre GL = new GaussLegendre(8);
    private static final GaussianQuadrature SMOOTH = new GaussianQuadrature(9.6, 0.4);
    private static final GaussianQuadrature SMOOTHER = new GaussianQuadrature(9.6, 0.8);
    /** |z0| &lt;= this: G(8.5) = 2e-16. */
    private static final double Z0_RANGE = 8.5;
    /** At most this many z0 panels (width 17/400 = 0.04). */
    private static final int MAX_Z0_PANELS = 400;
    /** z1 spreads below this are no spread: the z1 average is the integrand at z1 = 0. */
    private static final double NO_SPREAD = 1e-12;
    /** z1 spreads up to this use the uniform rule {@link #SMOOTH}; above, the wide average. */
    private static final double SMOOTH_SPREAD = 1.25;
    /**
     * Up to this spread the integrand is analytic in a strip of half-width pi/(2 spread) &gt;= 3.9 in z1, and the
     * trapezoid rule of step 0.8 ({@link #SMOOTHER}) is exact to exp(-2 pi 3.9/0.8) ~ 5e-14.
     */
    private static final double SMOOTHER_SPREAD = 0.4;

    /**
     * @param gS         G_S
     * @param s          E_S[tanh h]
     * @param q1         E_S[tanh^2 h]
     * @param p          the overlap with the other references
     * @param oneMinusS  E_S[1 - tanh h]
     * @param oneMinusQ1 E_S[1 - tanh^2 h]
     * @param jacobian   d(S, q1, p)/d(q1h, ph, Sh), rows S, q1, p; null unless asked for
     */
    public record Result(double gS, double s, double q1, double p, double oneMinusS, double oneMinusQ1,
                         double[][] jacobian) {}

    private EntropicTerm() {}

    public static Result evaluate(Reference ref, double q1Hat, double pHat, double sHat) {
        return evaluate(ref, q1Hat, pHat, sHat, false, true);
    }

    /**
     * @param withJacobian whether to compute the Jacobian
     * @param withValue    whether to compute G_S itself (NaN otherwise: a Newton iteration needs only the overlaps)
     */
    public static Result evaluate(Reference ref, double q1Hat, double pHat, double sHat, boolean withJacobian,
                                  boolean withValue) {
        double a0 = Math.sqrt(ref.qHat());
        double spread = Math.sqrt(Math.max(0, q1Hat - pHat * pHat / ref.qHat()));
        double slope = pHat / a0;
        double offset = sHat - pHat;
        double z0Width = Math.min(1, 1.5 / Math.max(a0, Math.abs(slope) / Math.max(1, spread) + 1e-300));
        // bounded cost: past MAX_Z0_PANELS (inner averages steeper than ~35/unit of z0, which no saddle met has, only
        // Newton iterates far from one) the rule is coarser than its scale asks
        int z0Panels = Math.min(MAX_Z0_PANELS, (int) Math.ceil(2 * Z0_RANGE / z0Width - 1e-9));
        double[] z = new double[GL.size()];
        double[] w = new double[GL.size()];
        double[] inner = new double[INNER];
        double[] localBase = spread > SMOOTH_SPREAD ? localBase(spread) : null;
        double lnCosh = 0, tanh = 0, tanh2 = 0, oneMinusTanh = 0, sech2 = 0, z0Tanh = 0;
        double c1 = 0, c2 = 0, d0 = 0, d1 = 0, e0 = 0;
        for (int k = 0; k < z0Panels; k++) {
            GL.panel(-Z0_RANGE + 2 * Z0_RANGE * k / z0Panels, -Z0_RANGE + 2 * Z0_RANGE * (k + 1) / z0Panels, true, z, w, 0);
            for (int i = 0; i < z.length; i++) {
                double z0 = z[i];
                double weight = w[i] * 2 / (1 + Math.exp(-2 * a0 * z0));
                innerAverage(slope * z0 + offset, spread, withValue, localBase, inner);
                lnCosh += weight * inner[L];
                tanh += weight * inner[T];
                tanh2 += weight * inner[T2];
                oneMinusTanh += weight * inner[ONE_MINUS_T];
                sech2 += weight * inner[SECH2];
                z0Tanh += weight * z0 * inner[T];
                if (withJacobian) {
                    c1 += weight * z0 * inner[SECH2];
                    c2 += weight * z0 * z0 * inner[SECH2];
                    d0 += weight * inner[T_SECH2];
                    d1 += weight * z0 * inner[T_SECH2];
                    e0 += weight * inner[CURVATURE];
                }
            }
        }
        double qHat = ref.qHat();
        double p = tanh + pHat / qHat * (1 - tanh2) - z0Tanh / a0;
        double[][] jacobian = null;
        if (withJacobian) {
            double c0 = sech2;
            double ratio = pHat / qHat;
            // columns q1h, ph, Sh
            double[] dS = {-d0, c1 / a0 - c0 + 2 * ratio * d0, c0};
            double[] dQ = {e0, 2 * d1 / a0 - 2 * d0 - 2 * ratio * e0, 2 * d0};
            double[] dZ = {-d1, c2 / a0 - c1 + 2 * ratio * d1, c1};
            double[] dP = new double[3];
            for (int j = 0; j < 3; j++) {
                dP[j] = dS[j] - ratio * dQ[j] - dZ[j] / a0;
            }
            dP[1] += (1 - tanh2) / qHat;
            jacobian = new double[][] {dS, dQ, dP};
        }
        return new Result(withValue ? lnCosh : Double.NaN, tanh, tanh2, p, oneMinusTanh, sech2, jacobian);
    }

    private static final int L = 0, T = 1, T2 = 2, ONE_MINUS_T = 3, SECH2 = 4, T_SECH2 = 5, CURVATURE = 6, INNER = 7;

    /**
     * The z1 averages at h = c + spread z1 of ln 2cosh h, tanh h, tanh^2 h, 1 - tanh h, sech^2 h, tanh h sech^2 h and
     * sech^2 h (1 - 3 tanh^2 h) (the last two: -(tanh)''/2 and (tanh^2)''/2).
     */
    private static void innerAverage(double c, double spread, boolean withValue, double[] localBase, double[] out) {
        java.util.Arrays.fill(out, 0);
        if (spread < NO_SPREAD) {
            accumulate(out, 1, c, withValue);
        } else if (spread <= SMOOTH_SPREAD) {
            GaussianQuadrature rule = spread <= SMOOTHER_SPREAD ? SMOOTHER : SMOOTH;
            for (int j = 0; j < rule.size(); j++) {
                accumulate(out, rule.weight(j), c + spread * rule.node(j), withValue);
            }
        } else {
            wideAverage(c, spread, localBase, out);
        }
    }

    /** Nodes in h &gt;= 0 of the localised parts: Gauss-Legendre panels graded from h = 0 (e^{-2h} &lt; 1e-16 past 19). */
    private static final double[] LOCAL_BREAKS = {0, 0.25, 0.75, 1.5, 2.5, 4, 6, 9, 13, 19};
    private static final double[] LOCAL;
    private static final double[] LOCAL_WEIGHT;
    /** At each node: log(1 + e^{-2h}), 1 - tanh h, sech^2 h, tanh h sech^2 h, sech^2 h (1 - 3 tanh^2 h). */
    private static final double[][] LOCAL_VALUES;

    static {
        int m = GL.size();
        LOCAL = new double[(LOCAL_BREAKS.length - 1) * m];
        LOCAL_WEIGHT = new double[LOCAL.length];
        for (int k = 0; k + 1 < LOCAL_BREAKS.length; k++) {
            GL.panel(LOCAL_BREAKS[k], LOCAL_BREAKS[k + 1], false, LOCAL, LOCAL_WEIGHT, k * m);
        }
        LOCAL_VALUES = new double[LOCAL.length][];
        for (int j = 0; j < LOCAL.length; j++) {
            double e = Math.exp(-2 * LOCAL[j]);
            double t = (1 - e) / (1 + e);
            double sech2 = 4 * e / ((1 + e) * (1 + e));
            LOCAL_VALUES[j] = new double[] {Math.log1p(e), 2 * e / (1 + e), sech2, t * sech2, sech2 * (1 - 3 * t * t)};
        }
    }

    /**
     * The z1 averages for a wide h ~ N(c, spread^2): closed-form step parts plus the localised parts at the fixed
     * nodes +-h_j (even: log1p, sech^2, sech^2 (1 - 3 tanh^2); odd: tanh - sign = -(1 - tanh|h|) sign h, tanh sech^2).
     */
    private static void wideAverage(double c, double spread, double[] localBase, double[] out) {
        double x = c / spread;
        // P(h > 0) and P(h < 0) from one erfcx: Gaussian.h at a negative argument is 1 - h at the positive one, so
        // these are the values of h(-x) and h(x) bit for bit
        double hPlus;
        double hMinus;
        if (x >= 0) {
            hMinus = Gaussian.h(x);
            hPlus = 1.0 - hMinus;
        } else {
            hPlus = Gaussian.h(-x);
            hMinus = 1.0 - hPlus;
        }
        double absMean = c * (hPlus - hMinus) + 2 * spread * Gaussian.g(x);
        double local = 0, oneMinus = 0, sech2 = 0, tSech2 = 0, curvature = 0, oneMinusTNeg = 0;
        double norm = 1 / (spread * Math.sqrt(2 * Math.PI));
        // the densities at +-h factor as exp(-h^2/(2 spread^2)) (localBase, per spread) exp(-x^2/2) exp(+-h c/spread^2):
        // one exp per node instead of two, while the factors' exponents stay small enough (below ~600: the product
        // then errs by ~1e-13 relative, against 1e-16 for one exp); else the densities one by one
        double k = c / (spread * spread);
        boolean factored = Math.abs(x) <= FACTORED_X && LOCAL[LOCAL.length - 1] * Math.abs(k) <= FACTORED_EXPONENT;
        double common = factored ? Math.exp(-0.5 * x * x) : 0;
        for (int j = 0; j < LOCAL.length; j++) {
            double h = LOCAL[j];
            double wUp;
            double wDown;
            if (factored) {
                double e = Math.exp(h * k);
                double base = localBase[j] * common;
                wUp = base * e;                                                     // density at +h
                wDown = base / e;                                                   // density at -h
            } else {
                double up = (h - c) / spread;
                double down = (h + c) / spread;
                wUp = LOCAL_WEIGHT[j] * norm * Math.exp(-0.5 * up * up);
                wDown = LOCAL_WEIGHT[j] * norm * Math.exp(-0.5 * down * down);
            }
            double[] f = LOCAL_VALUES[j];
            double even = wUp + wDown;
            local += even * f[0];
            oneMinus += wUp * f[1];
            oneMinusTNeg += wDown * f[1];
            sech2 += even * f[2];
            tSech2 += (wUp - wDown) * f[3];
            curvature += even * f[4];
        }
        // tanh = sign h - (1 - tanh|h|) sign h; 1 - tanh = 2 P(h < 0) + (1 - tanh|h|) on h > 0 - (1 - tanh|h|) on h < 0
        double tanh = hPlus - hMinus - oneMinus + oneMinusTNeg;
        out[L] = absMean + local;
        out[T] = tanh;
        out[T2] = 1 - sech2;
        out[ONE_MINUS_T] = 2 * hMinus + oneMinus - oneMinusTNeg;
        out[SECH2] = sech2;
        out[T_SECH2] = tSech2;
        out[CURVATURE] = curvature;
    }

    /** |c|/spread up to which the wide average's densities are factored (exp(-x^2/2) &gt;= 1e-87). */
    private static final double FACTORED_X = 20;
    /** Largest |h c|/spread^2 of the factored densities (the factors' exponents, with h^2/(2 spread^2) &lt; 116). */
    private static final double FACTORED_EXPONENT = 300;

    /** LOCAL_WEIGHT_j G(h_j/spread)/spread: the part of the density at +-h_j that depends on the spread alone. */
    private static double[] localBase(double spread) {
        double norm = 1 / (spread * Math.sqrt(2 * Math.PI));
        double[] base = new double[LOCAL.length];
        for (int j = 0; j < LOCAL.length; j++) {
            double u = LOCAL[j] / spread;
            base[j] = LOCAL_WEIGHT[j] * norm * Math.exp(-0.5 * u * u);
        }
        return base;
    }

    private static void accumulate(double[] out, double weight, double h, boolean withValue) {
        double e = Math.exp(-2 * Math.abs(h));
        double th = (1 - e) / (1 + e);
        double t = Math.copySign(th, h);
        double sech2 = 4 * e / ((1 + e) * (1 + e));
        if (withValue) {
            // ln(1 + e) with e in (0, 1]: Math.log(1 + e) errs by at most 1.1e-16 (the rounding of 1 + e) and is several
            // times faster than Math.log1p (a native call in Java 17)
            out[L] += weight * (Math.abs(h) + Math.log(1 + e));
        }
        out[T] += weight * t;
        out[T2] += weight * th * th;
        out[ONE_MINUS_T] += weight * (h >= 0 ? 2 * e / (1 + e) : 2 / (1 + e));
        out[SECH2] += weight * sech2;
        out[T_SECH2] += weight * t * sech2;
        out[CURVATURE] += weight * sech2 * (1 - 3 * t * t);
    }
}
