package org.phaselab.theory.largedeviation;

import org.phaselab.theory.numerics.GaussLegendre;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.numerics.GradedGaussianRule;

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
 * &lt;.&gt; averages over w with the weight p(w) H(v)^y / Z. Its logarithm is concave in w (a sum of concave ln H and a
 * parabola), so each average runs over the range where it is within {@value #LOG_RANGE} of its peak (found by Newton),
 * on {@code PANELS_PER_WIDTH} Gauss-Legendre panels per curvature width. Outer z0, z': Gauss-Legendre panels graded
 * around the kinks u~ = 0 and m = 0.
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
    /** Negative squares above -this are rounding and count as 0. */
    private static final double ROUNDING = 1e-13;

    private final GaussLegendre gl;
    /** Gauss-Legendre panels per curvature width 1/sqrt(-f'') of the inner weight at its peak. */
    private final double panelWidth;

    SolutionReferencePatterns(GaussLegendre gl, double panelWidth) {
        this.gl = gl;
        this.panelWidth = panelWidth;
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
        Inner inner = new Inner(a, v2, bigB0, s1, y);
        GradedGaussianRule z0Rule = GradedGaussianRule.around(kappaRef / sqt, Math.min(1, s1t / sqt), GradedGaussianRule.L, gl);
        double gE = 0, lnH = 0, r2 = 0, r1sq = 0, rhoR = 0, rho2 = 0;
        for (int i = 0; i < z0Rule.size(); i++) {
            double z0 = z0Rule.node(i);
            double u = (kappaRef - sqt * z0) / s1t;
            double mean = kappa - p / sqt * z0;
            // m = mean - b0 z' has its kink (v ~ 0 at the weight's peak) near z' = mean/b0, on the scale sqrt(V + 1 - q1)
            GradedGaussianRule zRule = b0 > 0
                    ? GradedGaussianRule.around(mean / b0, Math.min(1, Math.sqrt(v2 + s1 * s1) / b0), GradedGaussianRule.L, gl)
                    : null;
            int n = zRule == null ? 1 : zRule.size();
            for (int j = 0; j < n; j++) {
                double wz = z0Rule.weight(i) * (zRule == null ? 1 : zRule.weight(j));
                double m = zRule == null ? mean : mean - b0 * zRule.node(j);
                inner.average(u, m, gl, panelWidth);
                double rho = sv / (bigB0 * s1t) * inner.rEdge;
                gE += wz * inner.lnZ;
                lnH += wz * inner.lnH;
                r2 += wz * inner.r2;
                r1sq += wz * inner.r * inner.r;
                rhoR += wz * rho * inner.r;
                rho2 += wz * rho * rho;
            }
        }
        return new Result(gE, lnH, alpha / (1 - q1) * r2, alpha / (1 - q1) * r1sq, alpha / s1 * rhoR, alpha * rho2, true);
    }

    /** The w averages at one (u~, m): ln Z and &lt;ln H(v)&gt;, &lt;r(v)&gt;, &lt;r(v)^2&gt;, &lt;r(e)&gt; (LD 12.3). */
    private static final class Inner {
        private final double a, v2, bigB0, s1, y, edgeSlope;
        double lnZ, lnH, r, r2, rEdge;
        private double[] nodes = new double[0], weights = new double[0];

        Inner(double a, double v2, double bigB0, double s1, double y) {
            this.a = a;
            this.v2 = v2;
            this.bigB0 = bigB0;
            this.s1 = s1;
            this.y = y;
            this.edgeSlope = a / (Math.sqrt(v2) * bigB0);   // -de/dw
        }

        /** ln of the weight (without the constant -ln sqrt(2 pi V)), its first two derivatives in w. */
        private double[] logWeight(double u, double m, double w, double[] out) {
            double e = (u - a * w / v2) * Math.sqrt(v2) / bigB0;
            double v = (m - w) / s1;
            double re = Gaussian.gOverH(e);
            double rv = Gaussian.gOverH(v);
            out[0] = -0.5 * w * w / v2 + Gaussian.lnH(e) + y * Gaussian.lnH(v);
            // d lnH(x)/dx = -r, d^2 = -r (r - x)
            out[1] = -w / v2 + re * edgeSlope + y * rv / s1;
            out[2] = -1 / v2 - re * (re - e) * edgeSlope * edgeSlope - y * rv * (rv - v) / (s1 * s1);
            return out;
        }

        void average(double u, double m, GaussLegendre gl, double panelWidth) {
            double[] f = new double[3];
            // Newton on the concave log-weight from the Gaussian's peak (safeguarded: steps of at most 4 widths)
            double w = 0;
            for (int it = 0; it < 60; it++) {
                logWeight(u, m, w, f);
                double width = 1 / Math.sqrt(-f[2]);
                double step = Math.max(-4 * width, Math.min(4 * width, -f[1] / f[2]));
                w += step;
                if (Math.abs(step) < 1e-10 * width) {
                    break;
                }
            }
            logWeight(u, m, w, f);
            double peak = f[0];
            double width = 1 / Math.sqrt(-f[2]);
            double lo = edgeOf(u, m, w, peak, -width, f);
            double hi = edgeOf(u, m, w, peak, width, f);
            int panels = Math.max(2, (int) Math.ceil((hi - lo) / (panelWidth * width)));
            int size = panels * gl.size();
            if (nodes.length < size) {
                nodes = new double[size];
                weights = new double[size];
            }
            int off = 0;
            for (int k = 0; k < panels; k++) {
                off = gl.panel(lo + (hi - lo) * k / panels, lo + (hi - lo) * (k + 1) / panels, false, nodes, weights, off);
            }
            double z = 0, sLnH = 0, sR = 0, sR2 = 0, sRe = 0;
            for (int k = 0; k < size; k++) {
                double x = nodes[k];
                double e = (u - a * x / v2) * Math.sqrt(v2) / bigB0;
                double v = (m - x) / s1;
                double lnHv = Gaussian.lnH(v);
                double wt = weights[k] * Math.exp(-0.5 * x * x / v2 + Gaussian.lnH(e) + y * lnHv - peak);
                double rv = Gaussian.gOverH(v);
                z += wt;
                sLnH += wt * lnHv;
                sR += wt * rv;
                sR2 += wt * rv * rv;
                sRe += wt * Gaussian.gOverH(e);
            }
            lnZ = peak + Math.log(z) - 0.5 * Math.log(2 * Math.PI * v2);
            lnH = sLnH / z;
            r = sR / z;
            r2 = sR2 / z;
            rEdge = sRe / z;
        }

        /** Where the log-weight has fallen {@link #LOG_RANGE} below its peak, walking from w by steps (sign = side). */
        private double edgeOf(double u, double m, double w, double peak, double step, double[] f) {
            double inside = w;
            double out = w + step;
            while (logWeight(u, m, out, f)[0] > peak - LOG_RANGE) {
                inside = out;
                step *= 2;
                out = w + step;
            }
            for (int it = 0; it < 30 && Math.abs(out - inside) > 1e-3 * Math.abs(step); it++) {
                double mid = 0.5 * (inside + out);
                if (logWeight(u, m, mid, f)[0] > peak - LOG_RANGE) {
                    inside = mid;
                } else {
                    out = mid;
                }
            }
            return out;
        }
    }
}
