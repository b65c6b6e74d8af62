package org.phaselab.theory.largedeviation;

import org.phaselab.theory.numerics.GaussHermite;
import org.phaselab.theory.numerics.GaussLegendre;
import org.phaselab.theory.numerics.Gaussian;

/**
 * The pattern term of the large-deviation measure with the reference a solution of margin kappaRef, at finite y
 * (docs/large-deviation.md, LD 12.3), and the conjugates it fixes (LD 12.4):
 * <pre>
 *   G_E = E_{z0,z'} ln Z,   Z = int dw p(w) H(v)^y,   v = (m - w)/sqrt(1-q1),   m = kappa - (p/sqrt q~) z0 - b0 z'
 *   p(w) = G(w/sqrt V)/sqrt V H(e),   e = (u~ - A w/V) sqrt V/B0,   u~ = (kappaRef - sqrt(q~) z0)/sqrt(1-q~)
 *   A = (S-p)/sqrt(1-q~),  b0^2 = q0 - p^2/q~,  B0^2 = q1 - q0 - A^2,  V = A^2 + B0^2
 *   qh1 = alpha/(1-q1) E &lt;r(v)^2&gt;,  qh0 = alpha/(1-q1) E &lt;r(v)&gt;^2,  ph = alpha/sqrt(1-q1) E[rho &lt;r(v)&gt;],
 *   q~h = alpha E[rho^2],   rho = sqrt(V)/(B0 sqrt(1-q~)) &lt;r(e)&gt;   (the density of the reference's stability at kappaRef)
 * </pre>
 * &lt;.&gt; averages over w with the weight p(w) H(v)^y / Z (LD 12.6). Its logarithm is concave in w (a sum of concave
 * ln H and a parabola): the w nodes, built once per z0, run from where ln p is {@value #LOG_RANGE} below its peak to
 * where the tilted weight at the largest m is, graded around the edge of p. z0: Gauss-Legendre panels graded around the
 * kink u~ = 0; z': Gauss-Hermite when the field b0 z' varies slowly against the scale of the w average, else panels.
 */
final class SolutionReferencePatterns {
    /** Conjugates and averages at one set of overlaps; {@code valid} false when they are not an overlap matrix. */
    record Result(double gE, double lnHMean, double qHat1, double qHat0, double pHat, double qtHat, boolean valid) {
        static final Result INVALID = new Result(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                false);
    }

    /** The weight's logarithm is integrated where it is above its peak minus this (e^-46 ~ 1e-20). */
    static final double LOG_RANGE = 46;
    /** B0 below this fraction of sqrt V is taken as this (the edge of p(w) is then sharper than any panel resolves). */
    private static final double SHARPEST_EDGE = 1e-7;
    /** u~ is at least this: the reference's constraint is then void in double precision (kappaRef = -infinity). */
    private static final double FREE_EDGE = -40;
    /** Negative squares above -this are rounding and count as 0. */
    private static final double ROUNDING = 1e-13;

    private final GaussLegendre gl;
    /** Widest w panel, in units of min(sqrt V, sqrt(1 - q1)) (the scales of p(w) and of H(v)). */
    private final double wPanel;
    /** Widest z0, z' panel. */
    private final double outerPanel;

    SolutionReferencePatterns(GaussLegendre gl, double wPanel, double outerPanel) {
        this.gl = gl;
        this.wPanel = wPanel;
        this.outerPanel = outerPanel;
    }

    Result evaluate(double alpha, double kappa, double kappaRef, double y, double s, double q1, double q0, double p,
                    double qt) {
        double a = (s - p) / Math.sqrt(1 - qt);
        double b0sq = q0 - p * p / qt;
        double bigB0sq = q1 - q0 - a * a;
        if (!(qt > 0 && qt < 1 && q1 < 1 && b0sq > -ROUNDING && bigB0sq > -ROUNDING)) {
            return Result.INVALID;
        }
        double b0 = Math.sqrt(Math.max(0, b0sq));
        double v2 = a * a + Math.max(0, bigB0sq);
        double sv = Math.sqrt(v2);
        double bigB0 = Math.max(Math.sqrt(Math.max(0, bigB0sq)), SHARPEST_EDGE * sv);
        double s1 = Math.sqrt(1 - q1);
        double sqt = Math.sqrt(qt);
        double s1t = Math.sqrt(1 - qt);
        Density density = new Density(a, v2, bigB0, s1);
        // the kink of u~ in z0 sits at kappaRef/sqrt(q~) on the scale sqrt((1-q~)/q~)
        PanelRule z0Rule = PanelRule.gaussian(kappaRef / sqt, Math.min(1, s1t / sqt), outerPanel, gl);
        double gE = 0, lnH = 0, r2 = 0, r1sq = 0, rhoR = 0, rho2 = 0;
        for (int i = 0; i < z0Rule.size(); i++) {
            double z0 = z0Rule.nodes()[i];
            // (u~ below -40: H(u~) = 1 and G(u~) = 0 in double precision; kappaRef = -infinity is the free reference)
            double u = Math.max(FREE_EDGE, (kappaRef - sqt * z0) / s1t);
            double mean = kappa - p / sqt * z0;
            PanelRule zRule = zPrimeRule(b0, mean, Math.sqrt(v2 + s1 * s1));
            // the tilt H(v)^y moves the weight to larger w as m grows: the nodes also cover it at the largest m
            double mMax = mean - b0 * zRule.nodes()[0];
            for (int j = 1; j < zRule.size(); j++) {
                mMax = Math.max(mMax, mean - b0 * zRule.nodes()[j]);
            }
            density.nodes(u, mMax, y, gl, wPanel);
            for (int j = 0; j < zRule.size(); j++) {
                double wz = z0Rule.weights()[i] * zRule.weights()[j];
                density.average(mean - b0 * zRule.nodes()[j], y);
                double rho = sv / (bigB0 * s1t) * density.rEdge;
                gE += wz * density.lnZ;
                lnH += wz * density.lnH;
                r2 += wz * density.r2;
                r1sq += wz * density.r * density.r;
                rhoR += wz * rho * density.r;
                rho2 += wz * rho * rho;
            }
        }
        return new Result(gE, lnH, alpha / (1 - q1) * r2, alpha / (1 - q1) * r1sq, alpha / s1 * rhoR, alpha * rho2, true);
    }

    private static final PanelRule SINGLE = new PanelRule(new double[] {0}, new double[] {1});
    /** z' varies the centre field by b0 z' against a scale sqrt(V + 1 - q1): up to this ratio, Gauss-Hermite. */
    static final double SLOW_Z = 0.1;
    /** Twelve nodes: error ~ 12! ratio^24 &lt; 1e-15 at ratio {@link #SLOW_Z}. */
    private static final PanelRule HERMITE = hermite(new GaussHermite(12));

    private static PanelRule hermite(GaussHermite gh) {
        double[] z = new double[gh.size()];
        double[] w = new double[gh.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = gh.node(i);
            w[i] = gh.weight(i);
        }
        return new PanelRule(z, w);
    }

    /**
     * The z' rule: the centre field m = mean - b0 z' has its kink (v ~ 0 at w ~ 0) at z' = mean/b0 on the scale
     * {@code scale}/b0; if that is wide against the Gaussian, {@link #HERMITE}, else graded panels.
     */
    private PanelRule zPrimeRule(double b0, double mean, double scale) {
        if (b0 <= SLOW_Z * scale) {
            return b0 > 0 ? HERMITE : SINGLE;
        }
        return PanelRule.gaussian(mean / b0, Math.min(1, scale / b0), outerPanel, gl);
    }

    /**
     * The group's centre field w = A x1 + B0 zeta with x1 truncated at u~: density p(w) (LD 12.3), log-concave, on
     * nodes built once per u~; then the averages with the tilt H(v)^y at each m: ln Z, &lt;ln H(v)&gt;, &lt;r(v)&gt;,
     * &lt;r(v)^2&gt;, &lt;r(e)&gt;.
     */
    private static final class Density {
        private final double a, v2, bigB0, s1, edgeSlope;
        private double[] w = new double[0], logP = new double[0], rE = new double[0];
        private double[] lw = new double[0], lnHv = new double[0], rv = new double[0];
        private final double[] pair = new double[2];
        private int size;
        double lnZ, lnH, r, r2, rEdge;

        Density(double a, double v2, double bigB0, double s1) {
            this.a = a;
            this.v2 = v2;
            this.bigB0 = bigB0;
            this.s1 = s1;
            this.edgeSlope = a / (Math.sqrt(v2) * bigB0);   // -de/dw
        }

        private double e(double u, double x) {
            return (u - a * x / v2) * Math.sqrt(v2) / bigB0;
        }

        /** ln p(w) + ln sqrt(2 pi V). */
        private double logP(double u, double x) {
            return -0.5 * x * x / v2 + Gaussian.lnH(e(u, x));
        }

        /**
         * The peak of ln p(w) + y ln H((m - w)/sqrt(1-q1)) by Newton (concave; d lnH(t)/dt = -r, d^2 = -r (r - t)),
         * steps capped at 4 curvature widths.
         */
        double peak(double u, double m, double y) {
            double x = 0;
            for (int it = 0; it < 60; it++) {
                double e = e(u, x);
                double v = (m - x) / s1;
                double re = Gaussian.gOverH(e);
                double rv = y > 0 ? Gaussian.gOverH(v) : 0;
                double d1 = -x / v2 + re * edgeSlope + y * rv / s1;
                double d2 = -1 / v2 - re * (re - e) * edgeSlope * edgeSlope - y * rv * (rv - v) / (s1 * s1);
                double width = 1 / Math.sqrt(-d2);
                double step = Math.max(-4 * width, Math.min(4 * width, -d1 / d2));
                x += step;
                if (Math.abs(step) < 1e-9 * width) {
                    break;
                }
            }
            return x;
        }

        /**
         * Nodes from where ln p is {@link #LOG_RANGE} below its peak on the left to where the tilted weight
         * ln p + y ln H((mMax - w)/sqrt(1-q1)) is on the right (the tilt only moves weight right as m grows), graded
         * around the edge w_e = u~ V/A, at most {@code panel} min(sqrt V, sqrt(1-q1)/sqrt(max(1, y))) wide (the scales
         * of p, of H(v) and of its tilt).
         */
        void nodes(double u, double mMax, double y, GaussLegendre gl, double panel) {
            double x = peak(u, 0, 0);
            double top = logP(u, x);
            double sv = Math.sqrt(v2);
            double lo = side(u, 0, 0, x, top - LOG_RANGE, -sv);
            double hi = side(u, 0, 0, x, top - LOG_RANGE, sv);
            if (y > 0) {
                double tilted = peak(u, mMax, y);
                hi = Math.max(hi, side(u, mMax, y, tilted, logP(u, tilted) + y * Gaussian.lnH((mMax - tilted) / s1)
                        - LOG_RANGE, sv));
            }
            double edgeWidth = bigB0 * sv / Math.abs(a);
            double edge = Math.abs(a) > 0 ? u * v2 / a : lo;
            double widest = panel * Math.min(sv, s1 / Math.sqrt(Math.max(1, y)));
            PanelRule rule = PanelRule.plain(lo, hi, edge, Math.min(widest, panel * edgeWidth), widest, gl);
            size = rule.size();
            if (w.length < size) {
                w = new double[size];
                logP = new double[size];
                rE = new double[size];
            }
            for (int k = 0; k < size; k++) {
                w[k] = rule.nodes()[k];
                double e = e(u, w[k]);
                logP[k] = Math.log(rule.weights()[k]) - 0.5 * w[k] * w[k] / v2 + Gaussian.lnH(e);
                rE[k] = Gaussian.gOverH(e);
            }
        }

        /** Where ln p + y ln H((m - w)/sqrt(1-q1)) falls below {@code floor}: steps doubling from x, then bisection. */
        private double side(double u, double m, double y, double x, double floor, double step) {
            double inside = x;
            double out = x + step;
            while (tilted(u, m, y, out) > floor) {
                inside = out;
                step *= 2;
                out = x + step;
            }
            for (int it = 0; it < 40 && Math.abs(out - inside) > 0.05 * Math.sqrt(v2); it++) {
                double mid = 0.5 * (inside + out);
                if (tilted(u, m, y, mid) > floor) {
                    inside = mid;
                } else {
                    out = mid;
                }
            }
            return out;
        }

        private double tilted(double u, double m, double y, double x) {
            return logP(u, x) + (y > 0 ? y * Gaussian.lnH((m - x) / s1) : 0);
        }

        void average(double m, double y) {
            if (lw.length < size) {
                lw = new double[size];
                lnHv = new double[size];
                rv = new double[size];
            }
            double top = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < size; k++) {
                Gaussian.lnHAndRatio((m - w[k]) / s1, pair);
                lnHv[k] = pair[0];
                rv[k] = pair[1];
                lw[k] = logP[k] + y * pair[0];
                top = Math.max(top, lw[k]);
            }
            double z = 0, sLnH = 0, sR = 0, sR2 = 0, sRe = 0;
            for (int k = 0; k < size; k++) {
                double wt = Math.exp(lw[k] - top);
                z += wt;
                sLnH += wt * lnHv[k];
                sR += wt * rv[k];
                sR2 += wt * rv[k] * rv[k];
                sRe += wt * rE[k];
            }
            lnZ = top + Math.log(z) - 0.5 * Math.log(2 * Math.PI * v2);
            lnH = sLnH / z;
            r = sR / z;
            r2 = sR2 / z;
            rEdge = sRe / z;
        }
    }
}
